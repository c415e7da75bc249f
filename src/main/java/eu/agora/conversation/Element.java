package eu.agora.conversation;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * One part of a {@link Reply}. Text uses a light markup every adapter understands:
 * {@code **bold**}, {@code _italic_}, {@code [label](https://link)} and lines starting
 * with {@code - } for lists.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Element.Text.class, name = "text"),
		@JsonSubTypes.Type(value = Element.Section.class, name = "section"),
		@JsonSubTypes.Type(value = Element.Actions.class, name = "actions"),
		@JsonSubTypes.Type(value = Element.Attachment.class, name = "file"),
		@JsonSubTypes.Type(value = Element.Image.class, name = "image"),
		@JsonSubTypes.Type(value = Element.Form.class, name = "form"),
		@JsonSubTypes.Type(value = Element.Source.class, name = "source") })
public sealed interface Element {

	/** A paragraph of marked-up text. */
	record Text(String markup) implements Element {

		public Text {
			Objects.requireNonNull(markup, "markup");
		}

	}

	/**
	 * A titled block with labelled fields, e.g. a city card.
	 *
	 * @param title heading, may be {@code null}
	 * @param text body text in markup, may be {@code null}
	 * @param fields label/value pairs shown as a grid or list
	 */
	record Section(@Nullable String title, @Nullable String text, List<Field> fields) implements Element {

		public Section {
			fields = List.copyOf(fields);
		}

	}

	/** A label and its value inside a {@link Section}. */
	record Field(String label, String value) {

		public Field {
			Objects.requireNonNull(label, "label");
			value = (value == null || value.isBlank()) ? "—" : value;
		}

	}

	/** A row of buttons. */
	record Actions(List<Button> buttons) implements Element {

		public Actions {
			buttons = List.copyOf(buttons);
		}

	}

	/**
	 * A button; pressing it sends an {@link Input.Action} with {@code actionId} and
	 * {@code value}.
	 */
	record Button(String actionId, String label, String value, Style style) {

		public enum Style {

			DEFAULT, PRIMARY, DANGER

		}

	}

	/** A file to attach, e.g. an export. */
	record Attachment(String fileName, String mediaType, byte[] content) implements Element {

	}

	/** An image by URL. */
	record Image(String url, String altText) implements Element {
	}

	/**
	 * A request to fill in a form (a Slack modal, a Discord modal). Adapters without
	 * forms show how to give the same values as command options.
	 */
	record Form(String formId, String title, List<FormField> fields, String alternative) implements Element {

		public Form {
			fields = List.copyOf(fields);
		}

	}

	/** One field of a {@link Form}. */
	record FormField(String name, String label, boolean required, boolean multiline, List<String> choices,
			@Nullable String value, @Nullable String error) {

		public FormField {
			choices = List.copyOf(choices);
		}

	}

	/**
	 * A cited passage from the knowledge base: where it comes from, its text, the
	 * sentences that answer best, and how well it matched.
	 *
	 * @param document the document's title
	 * @param city the city the document belongs to, {@code null} for Mission-wide
	 * knowledge
	 * @param section the section path, e.g. {@code Part B › Module B-2 › Mobility}; may
	 * be {@code null}
	 * @param page the PDF page, {@code null} for other documents
	 * @param text the passage as plain text
	 * @param highlights the sentences of {@code text} that answer best, in text order
	 * @param score the match, between 0 and 1
	 */
	record Source(String document, @Nullable String city, @Nullable String section, @Nullable Integer page, String text,
			List<String> highlights, double score) implements Element {

		public Source {
			Objects.requireNonNull(document, "document");
			Objects.requireNonNull(text, "text");
			highlights = List.copyOf(highlights);
		}

		/** The text in markup, with the highlighted sentences in bold. */
		public String markup() {
			String markup = text;
			for (String sentence : highlights) {
				markup = markup.replace(sentence, "**" + sentence + "**");
			}
			return markup;
		}

		/** Where the passage comes from: document, city, section and page. */
		public String citation() {
			StringBuilder out = new StringBuilder(document);
			if (city != null && !city.isBlank()) {
				out.append(" · ").append(city);
			}
			if (section != null && !section.isBlank()) {
				out.append(" · ").append(section);
			}
			if (page != null) {
				out.append(" · p. ").append(page);
			}
			return out.toString();
		}

	}

}
