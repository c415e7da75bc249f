package eu.agora.discord;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import eu.agora.conversation.Element;

/**
 * Custom ids of buttons and modals. A catalog button is {@code actionId|value} when that
 * fits Discord's 100 characters; the adapter's own ids start with {@code discord:} and
 * point into the {@link InteractionMemory}: {@code discord:button|key} for a button too
 * long to encode, {@code discord:form|key} for a button that opens a form, and
 * {@code discord:modal|key} for a modal whose form id is too long.
 */
final class CustomIds {

	static final int MAX_LENGTH = 100;

	static final String BUTTON = "discord:button|";

	static final String FORM = "discord:form|";

	static final String MODAL = "discord:modal|";

	private final InteractionMemory memory;

	CustomIds(InteractionMemory memory) {
		this.memory = memory;
	}

	String button(String actionId, @Nullable String value) {
		String id = actionId + "|" + ((value != null) ? value : "");
		boolean plain = id.length() <= MAX_LENGTH && !actionId.contains("|") && !actionId.startsWith("discord:");
		return plain ? id : BUTTON + memory.remember(new Pressed.Action(actionId, value));
	}

	String formOpener(Element.Form form) {
		return FORM + memory.remember(form);
	}

	String modal(String formId) {
		return (formId.length() <= MAX_LENGTH && !formId.startsWith("discord:")) ? formId
				: MODAL + memory.remember(formId);
	}

	/** What a pressed button means; {@link Pressed.Expired} when the memory forgot it. */
	Pressed pressed(String customId) {
		if (customId.startsWith(FORM)) {
			return recall(customId.substring(FORM.length()), Element.Form.class).<Pressed>map(Pressed.OpenForm::new)
				.orElse(new Pressed.Expired());
		}
		if (customId.startsWith(BUTTON)) {
			return recall(customId.substring(BUTTON.length()), Pressed.Action.class).<Pressed>map((action) -> action)
				.orElse(new Pressed.Expired());
		}
		int bar = customId.indexOf('|');
		return (bar < 0) ? new Pressed.Action(customId, null)
				: new Pressed.Action(customId.substring(0, bar), customId.substring(bar + 1));
	}

	/** The form id of a submitted modal, or empty when the memory forgot it. */
	Optional<String> formId(String modalId) {
		return modalId.startsWith(MODAL) ? recall(modalId.substring(MODAL.length()), String.class)
				: Optional.of(modalId);
	}

	private <T> Optional<T> recall(String key, Class<T> type) {
		return memory.recall(key, type);
	}

	/** The meaning of a button's custom id. */
	sealed interface Pressed {

		/** A catalog button. */
		record Action(String actionId, @Nullable String value) implements Pressed {
		}

		/** The adapter's button that opens a form as a modal. */
		record OpenForm(Element.Form form) implements Pressed {
		}

		/**
		 * A button whose remembered details are gone (older than 15 minutes, or a
		 * restart).
		 */
		record Expired() implements Pressed {
		}

	}

}
