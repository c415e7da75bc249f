package eu.agora;

import java.util.List;
import java.util.UUID;

import eu.agora.conversation.Conversation;
import eu.agora.conversation.Element;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;

/**
 * Talks to the conversation core as shell users do, for feature tests over the whole
 * application.
 */
public final class Says {

	private final Conversation conversation;

	public Says(Conversation conversation) {
		this.conversation = conversation;
	}

	public Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user), new Input.CommandText(text)));
	}

	/** Presses a button as {@code user}. */
	public Reply press(String user, String actionId, String value) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user),
				new Input.Action(actionId, value, null, List.of())));
	}

	/** Says it and fails unless the reply is no error; returns the reply's text. */
	public String ok(String user, String text) {
		Reply reply = say(user, text);
		if (reply.error()) {
			throw new AssertionError("\"" + text + "\" by " + user + " failed: " + PlainText.render(reply));
		}
		return PlainText.render(reply);
	}

	/** Says it and fails unless the reply is an error; returns the reply's text. */
	public String error(String user, String text) {
		Reply reply = say(user, text);
		if (!reply.error()) {
			throw new AssertionError(
					"\"" + text + "\" by " + user + " should fail but answered: " + PlainText.render(reply));
		}
		return PlainText.render(reply);
	}

	/**
	 * A new person registered as an approved officer of {@code city}; returns their user
	 * name: they ask to join and an admin approves.
	 */
	public String officer(String city) {
		String name = unique("officer");
		ok(name, "/city register " + city);
		ok("shell-admin", "/city approve " + name);
		return name;
	}

	/**
	 * A new person an admin made coordinator of {@code scope}; returns their user name.
	 */
	public String coordinator(String scope) {
		String name = unique("coord");
		ok(name, "/agora whoami");
		ok("shell-admin", "/agora role " + name + " coordinator scope:" + scope);
		return name;
	}

	/** The Agora id ({@code P-12}) of a shell user. */
	public String personId(String user) {
		return ok(user, "/agora whoami").replaceAll("(?s).*?(P-\\d+).*", "$1");
	}

	public static String text(Reply reply) {
		return PlainText.render(reply);
	}

	/** The bytes of the reply's file called {@code name}. */
	public static byte[] file(Reply reply, String name) {
		return reply.elements()
			.stream()
			.filter((e) -> e instanceof Element.Attachment a && a.fileName().equals(name))
			.map((e) -> ((Element.Attachment) e).content())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No file " + name + " in " + PlainText.render(reply)));
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
