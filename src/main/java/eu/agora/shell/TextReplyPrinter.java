package eu.agora.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import eu.agora.conversation.Address;
import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.Element;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Reply;

/**
 * Replies as readable text, one blank line between them. Files in a reply (exports) are
 * saved under the data dir's {@code files/} folder and their path is printed; buttons
 * show what to type instead ({@link ShellButtons}).
 */
class TextReplyPrinter implements ReplyPrinter {

	private final PrintWriter out;

	private final Path filesDir;

	private final CommandCatalog catalog;

	TextReplyPrinter(PrintWriter out, Path filesDir, CommandCatalog catalog) {
		this.out = out;
		this.filesDir = filesDir;
		this.catalog = catalog;
	}

	@Override
	public synchronized void reply(int line, Reply reply) {
		out.println(render(reply));
		out.println();
		out.flush();
	}

	@Override
	public synchronized void message(Address to, Reply message) {
		out.println("→ " + TerminalText.safe(heading(to)) + ":");
		out.println(render(message));
		out.println();
		out.flush();
	}

	/**
	 * Who a message goes to, in words: "message to ola", "in channel renovation", "to the
	 * group ola, jan" (the JSON shell keeps the address itself).
	 */
	static String heading(Address to) {
		return switch (to) {
			case Address.Person person -> "message to " + shellName(person.personId());
			case Address.Channel channel -> "in channel " + channel.channelId();
			case Address.Group group -> "to the group "
					+ group.personIds().stream().map(TextReplyPrinter::shellName).collect(Collectors.joining(", "));
		};
	}

	private static String shellName(String id) {
		return id.startsWith(ShellMessenger.ACCOUNT) ? id.substring(ShellMessenger.ACCOUNT.length()) : id;
	}

	private String render(Reply reply) {
		return TerminalText.safe(reply.elements().stream().map(this::render).collect(Collectors.joining("\n\n")));
	}

	private String render(Element element) {
		return switch (element) {
			case Element.Attachment file -> saved(file);
			case Element.Actions buttons -> ShellButtons.render(buttons, catalog);
			default -> PlainText.render(element);
		};
	}

	private String saved(Element.Attachment file) {
		try {
			Files.createDirectories(filesDir);
			String name = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
			Path target = filesDir.resolve(System.currentTimeMillis() + "-" + name);
			Files.write(target, file.content());
			return "Saved " + file.fileName() + " (" + file.content().length + " bytes) to " + target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot save " + file.fileName() + " under " + filesDir, ex);
		}
	}

}
