package eu.agora.shell;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.agora.conversation.Caller;
import eu.agora.conversation.Callers;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.Sender;

/**
 * Turns one line typed in the shell into an {@link Inbound} and hands its reply to the
 * printer. Lines starting with {@code /} are commands, others messages; blank lines and
 * lines starting with {@code #} are skipped (so scripts can have comments). Three lines
 * belong to the shell itself: {@code /agora as <name>} lets an admin act as another shell
 * user without restarting, {@code /agora back} returns, and {@code /press <action>
 * <value>} presses a button that no command does the same as.
 */
class ShellSession {

	static final String CHANNEL = "shell";

	static final String AS = "/agora as";

	static final String BACK = "/agora back";

	static final String PRESS = "/press";

	private static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	/**
	 * A word with backslash-escaped spaces, as the completion inserts a name with spaces.
	 */
	private static final Pattern ESCAPED = Pattern.compile("(?<=^|\\s)([^\\s\"\\\\:]+:)?((?:[^\\s\"\\\\]|\\\\ )+)");

	private final Conversation conversation;

	private final Callers callers;

	private final Sender started;

	private Sender sender;

	ShellSession(Conversation conversation, Callers callers, String user) {
		this.conversation = conversation;
		this.callers = callers;
		this.started = new Sender(Platform.SHELL, user, user);
		this.sender = started;
	}

	/** Who is typing now. */
	Sender sender() {
		return sender;
	}

	/**
	 * The prompt, which names the person acted as when it is not who started the shell.
	 */
	String prompt() {
		return sender.equals(started) ? "agora> " : "agora (as " + sender.userId() + ")> ";
	}

	/** Handles line number {@code number}; prints nothing for a skipped line. */
	void handle(int number, String line, ReplyPrinter printer) {
		String text = quoted(line.strip());
		if (text.isEmpty() || text.startsWith("#")) {
			return;
		}
		printer.reply(number, shell(text));
	}

	private Reply shell(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.equals(BACK)) {
			return back();
		}
		if (lower.equals(AS) || lower.startsWith(AS + " ")) {
			return actAs(text.substring(AS.length()).strip());
		}
		if (lower.startsWith(PRESS + " ")) {
			return press(text.substring(PRESS.length()).strip());
		}
		Input input = text.startsWith("/") ? new Input.CommandText(text) : new Input.Message(text);
		return conversation.handle(new Inbound(sender, null, CHANNEL, null, null, input));
	}

	private Reply actAs(String name) {
		if (!callers.identify(started).isAdmin()) {
			return Reply.error(
					"Only an admin may act as someone else in the shell; " + started.userId() + " is not one.",
					"Start the shell as an admin instead, e.g. `--agora.shell.user=shell-admin`.");
		}
		String user = name.startsWith("@") ? name.substring(1) : name;
		if (!SHELL_NAME.matcher(user).matches()) {
			return Reply.error("Say whose place to take: `/agora as <name>`, with a shell user name such as `ola`.",
					"For example `/agora as ola`; `/agora back` makes you " + started.userId() + " again.");
		}
		sender = new Sender(Platform.SHELL, user, user);
		Caller caller = callers.identify(sender);
		return Reply.text("You are now **" + user + "** (" + caller.personId() + ", roles: " + roles(caller)
				+ ") until `/agora back` makes you " + started.userId() + " again.");
	}

	private Reply back() {
		if (sender.equals(started)) {
			return Reply.text("You are " + started.userId() + " already.");
		}
		sender = started;
		return Reply.text("You are " + started.userId() + " again.");
	}

	private Reply press(String button) {
		int space = button.indexOf(' ');
		String action = (space < 0) ? button : button.substring(0, space);
		String value = (space < 0) ? null : button.substring(space + 1).strip();
		return conversation
			.handle(new Inbound(sender, null, CHANNEL, null, null, new Input.Action(action, value, null, List.of())));
	}

	private static String roles(Caller caller) {
		return caller.roles().isEmpty() ? "none yet"
				: caller.roles().stream().map(RoleGrant::toString).sorted().collect(Collectors.joining(", "));
	}

	/**
	 * The line with each word whose spaces are escaped ({@code Renovation\ wave}, as tab
	 * completion inserts a name) in quotes: {@code "Renovation wave"},
	 * {@code to:"Renovation wave"}.
	 */
	static String quoted(String line) {
		if (!line.contains("\\ ")) {
			return line;
		}
		Matcher words = ESCAPED.matcher(line);
		StringBuilder out = new StringBuilder();
		while (words.find()) {
			String key = (words.group(1) != null) ? words.group(1) : "";
			String word = words.group(2);
			String replaced = word.contains("\\ ") ? key + "\"" + word.replace("\\ ", " ") + "\"" : key + word;
			words.appendReplacement(out, Matcher.quoteReplacement(replaced));
		}
		words.appendTail(out);
		return out.toString();
	}

}
