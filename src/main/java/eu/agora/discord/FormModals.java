package eu.agora.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.label.LabelChildComponent;
import net.dv8tion.jda.api.components.selections.SelectMenu;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;

/**
 * Forms as Discord modals: a text input per field (paragraph when multi-line), a select
 * menu for a field with choices, current values filled in. A modal takes at most five
 * fields; a larger form is offered as its command-option alternative instead.
 */
final class FormModals {

	private final CustomIds ids;

	FormModals(CustomIds ids) {
		this.ids = ids;
	}

	static boolean fits(Element.Form form) {
		return !form.fields().isEmpty() && form.fields().size() <= Modal.MAX_COMPONENTS
				&& form.fields().stream().allMatch((field) -> field.name().length() <= TextInput.MAX_ID_LENGTH)
				&& form.fields().stream().allMatch((field) -> field.choices().size() <= SelectMenu.OPTIONS_MAX_AMOUNT);
	}

	Modal modal(Element.Form form) {
		String title = Chunks.shorten(form.title().isBlank() ? "Agora" : form.title(), Modal.MAX_TITLE_LENGTH);
		List<Label> labels = form.fields().stream().map(FormModals::label).toList();
		return Modal.create(ids.modal(form.formId()), title).addComponents(labels).build();
	}

	/** The submitted values by field name; a select menu gives its (single) choice. */
	static Map<String, String> values(List<ModalMapping> mappings) {
		Map<String, String> values = new LinkedHashMap<>();
		for (ModalMapping mapping : mappings) {
			String value = switch (mapping.getType()) {
				case STRING_SELECT -> String.join(",", mapping.getAsStringList());
				default -> mapping.getAsString();
			};
			values.put(mapping.getCustomId(), value);
		}
		return values;
	}

	/**
	 * The reply with the submitted values filled into its forms' empty fields, so that a
	 * form shown again for correction keeps what was typed.
	 */
	static Reply keepValues(Reply reply, Map<String, String> submitted) {
		if (submitted.isEmpty()) {
			return reply;
		}
		List<Element> elements = reply.elements().stream().map((element) -> keepValues(element, submitted)).toList();
		return new Reply(elements, reply.visibility(), reply.error());
	}

	private static Element keepValues(Element element, Map<String, String> submitted) {
		if (!(element instanceof Element.Form form)) {
			return element;
		}
		List<Element.FormField> fields = form.fields()
			.stream()
			.map((field) -> (field.value() != null || !submitted.containsKey(field.name())) ? field
					: new Element.FormField(field.name(), field.label(), field.required(), field.multiline(),
							field.choices(), submitted.get(field.name()), field.error()))
			.toList();
		return new Element.Form(form.formId(), form.title(), fields, form.alternative());
	}

	private static Label label(Element.FormField field) {
		String label = Chunks.shorten(field.label().isBlank() ? field.name() : field.label(), Label.LABEL_MAX_LENGTH);
		String hint = (field.error() != null) ? Chunks.shorten(field.error(), Label.DESCRIPTION_MAX_LENGTH) : null;
		return Label.of(label, hint, field.choices().isEmpty() ? textInput(field) : select(field));
	}

	private static LabelChildComponent textInput(Element.FormField field) {
		TextInput.Builder input = TextInput
			.create(field.name(), field.multiline() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
			.setRequired(field.required());
		if (field.value() != null && !field.value().isEmpty()) {
			input.setValue(Chunks.shorten(field.value(), TextInput.MAX_VALUE_LENGTH));
		}
		return input.build();
	}

	private static LabelChildComponent select(Element.FormField field) {
		StringSelectMenu.Builder menu = StringSelectMenu.create(field.name()).setRequired(field.required());
		field.choices().forEach((choice) -> menu.addOption(Chunks.shorten(choice, 100), Chunks.shorten(choice, 100)));
		if (field.value() != null && field.choices().contains(field.value())) {
			menu.setDefaultValues(List.of(field.value()));
		}
		return menu.setRequiredRange(field.required() ? 1 : 0, 1).build();
	}

}
