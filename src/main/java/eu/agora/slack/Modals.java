package eu.agora.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.slack.api.model.view.ViewState;
import org.jspecify.annotations.Nullable;

import eu.agora.conversation.Element;

/**
 * Forms as Slack modals: one input block per field (block and action id = field name),
 * the form id as {@code callback_id}, and where the answer should go in
 * {@code private_metadata}.
 */
final class Modals {

	private static final int MAX_BLOCKS = 100;

	private Modals() {
	}

	static Map<String, Object> view(Element.Form form, @Nullable String privateMetadata) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("type", "modal");
		view.put("callback_id", form.formId());
		view.put("title", Blocks.plain(Mrkdwn.truncate(form.title(), 24)));
		view.put("submit", Blocks.plain("Submit"));
		view.put("close", Blocks.plain("Cancel"));
		view.put("private_metadata", (privateMetadata != null) ? privateMetadata : "");
		view.put("blocks", form.fields().stream().limit(MAX_BLOCKS).map(Modals::input).toList());
		return view;
	}

	private static Map<String, Object> input(Element.FormField field) {
		Map<String, Object> block = new LinkedHashMap<>();
		block.put("type", "input");
		block.put("block_id", field.name());
		block.put("label", Blocks.plain(Mrkdwn.truncate(field.label(), 2000)));
		block.put("optional", !field.required());
		block.put("element", field.choices().isEmpty() ? textInput(field) : select(field));
		return block;
	}

	private static Map<String, Object> textInput(Element.FormField field) {
		Map<String, Object> element = new LinkedHashMap<>();
		element.put("type", "plain_text_input");
		element.put("action_id", field.name());
		element.put("multiline", field.multiline());
		if (field.value() != null && !field.value().isEmpty()) {
			element.put("initial_value", field.value());
		}
		return element;
	}

	private static Map<String, Object> select(Element.FormField field) {
		Map<String, Object> element = new LinkedHashMap<>();
		element.put("type", "static_select");
		element.put("action_id", field.name());
		List<Map<String, Object>> options = field.choices().stream().limit(100).map(Modals::option).toList();
		element.put("options", options);
		if (field.value() != null && field.choices().contains(field.value())) {
			element.put("initial_option", option(field.value()));
		}
		return element;
	}

	private static Map<String, Object> option(String choice) {
		return Map.of("text", Blocks.plain(Mrkdwn.truncate(choice, 75)), "value", choice);
	}

	/** The submitted values by field name; empty fields as empty text. */
	static Map<String, String> values(ViewState state) {
		Map<String, String> values = new LinkedHashMap<>();
		if (state == null || state.getValues() == null) {
			return values;
		}
		state.getValues().forEach((blockId, actions) -> actions.forEach((actionId, value) -> {
			String text = (value.getSelectedOption() != null) ? value.getSelectedOption().getValue() : value.getValue();
			values.put(blockId, (text != null) ? text : "");
		}));
		return values;
	}

	/** The field errors of a form in a reply, by block id; empty when there are none. */
	static Map<String, String> errors(Element.Form form) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Element.FormField field : form.fields()) {
			if (field.error() != null && !field.error().isBlank()) {
				errors.put(field.name(), field.error());
			}
		}
		return errors;
	}

	static List<Element.Form> forms(List<Element> elements) {
		List<Element.Form> forms = new ArrayList<>();
		elements.forEach((element) -> {
			if (element instanceof Element.Form form) {
				forms.add(form);
			}
		});
		return forms;
	}

}
