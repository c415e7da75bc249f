package eu.agora.discord;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;

import eu.agora.conversation.Conversation;
import eu.agora.conversation.DatabaseUnavailable;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.Reply;

/**
 * Receives slash commands, message context-menu commands, button presses and modal
 * submissions on the gateway thread and hands each to the {@link Conversation} through
 * {@link Responding}, which does the work elsewhere.
 */
final class Interactions extends ListenerAdapter {

	private static final Logger log = LoggerFactory.getLogger(Interactions.class);

	private static final Reply EXPIRED = Reply.error("This button or form has expired.",
			"Run the command again to get a fresh one.");

	private final Conversation conversation;

	private final Responding responding;

	private final CustomIds ids;

	private final LastSeenChannels lastSeen;

	Interactions(Conversation conversation, Responding responding, CustomIds ids, LastSeenChannels lastSeen) {
		this.conversation = conversation;
		this.responding = responding;
		this.ids = ids;
		this.lastSeen = lastSeen;
	}

	@Override
	public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
		handle(event, InboundMapping.command(event));
	}

	@Override
	public void onMessageContextInteraction(MessageContextInteractionEvent event) {
		Optional<MessageActionSpec> action = conversation.catalog()
			.messageActions()
			.stream()
			.filter((spec) -> spec.name().equals(event.getName()))
			.findFirst();
		if (action.isEmpty()) {
			responding.first(event, Reply.error("\"" + event.getName() + "\" is no longer supported.", null));
			return;
		}
		handle(event, new Input.Action(action.get().id(), null, event.getTarget().getContentRaw(),
				InboundMapping.files(event.getTarget())));
	}

	@Override
	public void onButtonInteraction(ButtonInteractionEvent event) {
		CustomIds.Pressed pressed;
		try {
			pressed = ids.pressed(event.getComponentId());
		}
		catch (DataAccessResourceFailureException unreachable) {
			log.warn("Button {} not recalled: {}", event.getComponentId(), unreachable.getMessage());
			responding.first(event, DatabaseUnavailable.REPLY);
			return;
		}
		switch (pressed) {
			case CustomIds.Pressed.OpenForm open -> responding.first(event, Reply.of(open.form()));
			case CustomIds.Pressed.Expired expired -> responding.first(event, EXPIRED);
			case CustomIds.Pressed.Action action ->
				handle(event, new Input.Action(action.actionId(), action.value(), null, List.of()));
		}
	}

	@Override
	public void onModalInteraction(ModalInteractionEvent event) {
		Optional<String> formId;
		try {
			formId = ids.formId(event.getModalId());
		}
		catch (DataAccessResourceFailureException unreachable) {
			responding.first(event, DatabaseUnavailable.REPLY);
			return;
		}
		if (formId.isEmpty()) {
			responding.first(event, EXPIRED);
			return;
		}
		Map<String, String> values = FormModals.values(event.getValues());
		handle(event, new Input.FormSubmission(formId.get(), values), values);
	}

	private void handle(IReplyCallback event, Input input) {
		handle(event, input, Map.of());
	}

	private void handle(IReplyCallback event, Input input, Map<String, String> submitted) {
		Inbound inbound;
		try {
			inbound = InboundMapping.inbound(event, input);
		}
		catch (RuntimeException ex) {
			log.error("Could not read Discord interaction {}", event.getId(), ex);
			responding.first(event, Reply.error("Sorry, I could not read that request.", null));
			return;
		}
		responding.respond(event, () -> {
			lastSeen.saw(inbound);
			return FormModals.keepValues(conversation.handle(inbound), submitted);
		});
	}

}
