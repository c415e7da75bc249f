package eu.agora.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.ObjectRule;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.directory.People;

/**
 * {@code /broadcast send|status|ack|forward} and the Acknowledge button.
 */
@Component
class BroadcastHandlers {

	private final BroadcastingDown broadcasting;

	private final Scopes scopes;

	private final People people;

	BroadcastHandlers(BroadcastingDown broadcasting, Scopes scopes, People people) {
		this.broadcasting = broadcasting;
		this.scopes = scopes;
		this.people = people;
	}

	Reply send(CommandCall call) {
		Scope scope = scopes.resolve(call.options().requiredText("scope"));
		boolean ack = call.options().bool("ack").orElse(false);
		Broadcast sent = broadcasting.send(call.caller(), scope, call.options().requiredText("message"), ack, null,
				null);
		return Reply.text(sentSummary(sent));
	}

	Reply forward(CommandCall call) {
		Broadcast original = broadcasting.named(call.options().requiredText("id"));
		Broadcast sent = broadcasting.forward(call.caller(), original, call.options().text("note").orElse(""),
				call.options().text("scope").orElse(null));
		return Reply.text("Passed " + original.id() + " on. " + sentSummary(sent));
	}

	Reply acknowledge(CommandCall call) {
		String id = call.options().text("id").or(() -> call.options().text("value")).orElse("");
		Broadcast done = broadcasting.acknowledge(call.caller(), broadcasting.named(id));
		return Reply.text("Thank you: " + done.id() + " is acknowledged.");
	}

	Reply status(CommandCall call) {
		Broadcast b = broadcasting.named(call.options().requiredText("id"));
		List<String> acknowledged = new ArrayList<>();
		List<String> waiting = new ArrayList<>();
		for (String recipient : b.recipients()) {
			String name = people.nameOf(recipient);
			if (b.acknowledgedBy(recipient)) {
				acknowledged.add(name);
			}
			else {
				waiting.add(name + (b.undelivered().contains(recipient) ? " (not reached)" : ""));
			}
		}
		List<Element.Field> fields = new ArrayList<>();
		fields.add(new Element.Field("Scope", b.scopeLabel()));
		fields.add(new Element.Field("Sent", b.sentAt().toString().substring(0, 16).replace('T', ' ') + " UTC"));
		fields.add(new Element.Field("Officers", String.valueOf(b.recipients().size())));
		fields.add(new Element.Field("Panels", String.join(", ", b.panels())));
		if (b.ack()) {
			fields
				.add(new Element.Field("Acknowledged (" + acknowledged.size() + ")", String.join(", ", acknowledged)));
			fields.add(new Element.Field("Not yet (" + waiting.size() + ")", String.join(", ", waiting)));
		}
		else {
			fields.add(new Element.Field("Not reached",
					String.join(", ", b.undelivered().stream().map(people::nameOf).toList())));
		}
		return Reply.of(new Element.Section("Broadcast " + b.id(), shorten(b.message()), fields));
	}

	/** The object rule of status: its sender, or who coordinates its scope. */
	ObjectRule senderOrCoordinator() {
		return new ObjectRule("its sender and the coordinators of its scope", (call) -> {
			Broadcast b = broadcasting.named(call.options().requiredText("id"));
			return broadcasting.maySeeStatus(call.caller(), b) ? Optional.empty() : Optional.of(new UserError(
					"Only the sender of " + b.id() + " and the coordinators of its scope see who acknowledged it."));
		});
	}

	private String sentSummary(Broadcast b) {
		int reached = b.recipients().size() - b.undelivered().size();
		StringBuilder text = new StringBuilder("Sent " + b.id() + " to " + b.scopeLabel() + ": " + reached + " of "
				+ b.recipients().size() + " approved officers reached");
		if (!b.panels().isEmpty()) {
			text.append(", posted to the channels of ").append(String.join(", ", b.panels()));
		}
		text.append('.');
		if (!b.undelivered().isEmpty()) {
			text.append(" Not reached now: ")
				.append(String.join(", ", b.undelivered().stream().map(people::nameOf).toList()))
				.append(" (no running platform reaches them).");
		}
		if (b.ack()) {
			text.append(" `/broadcast status ").append(b.id()).append("` shows who acknowledged.");
		}
		return text.toString();
	}

	private static String shorten(String message) {
		return (message.length() <= 500) ? message : message.substring(0, 499) + "…";
	}

}
