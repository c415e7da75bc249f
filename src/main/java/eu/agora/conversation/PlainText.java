package eu.agora.conversation;

import java.util.stream.Collectors;

/**
 * Renders a {@link Reply} as plain text: markup removed, sections as labelled lines,
 * buttons and forms described. Used by the shell and wherever a text-only form is needed.
 */
public final class PlainText {

	private PlainText() {
	}

	/** The elements, a blank line between them; a list of sources stays together. */
	public static String render(Reply reply) {
		StringBuilder out = new StringBuilder();
		Element previous = null;
		for (Element element : reply.elements()) {
			if (previous != null) {
				out.append((previous instanceof Element.Source && element instanceof Element.Source) ? "\n" : "\n\n");
			}
			out.append(render(element));
			previous = element;
		}
		return out.toString();
	}

	public static String render(Element element) {
		return switch (element) {
			case Element.Text text -> strip(text.markup());
			case Element.Section section -> section(section);
			case Element.Actions actions ->
				actions.buttons().stream().map((button) -> "[" + button.label() + "]").collect(Collectors.joining(" "));
			case Element.Attachment file -> "(file: " + file.fileName() + ", " + file.content().length + " bytes)";
			case Element.Image image when image.url().startsWith("attachment://") ->
				"(image: " + image.altText() + ", attached as " + image.url().substring("attachment://".length()) + ")";
			case Element.Image image -> "(image: " + image.altText() + " " + image.url() + ")";
			case Element.Form form -> form.title() + "\n" + strip(form.alternative());
			case Element.Source source ->
				"» " + source.citation() + (source.text().isBlank() ? "" : "\n" + source.text());
		};
	}

	/** Removes the light markup: bold, italic and links become plain words. */
	public static String strip(String markup) {
		return markup.replaceAll("\\*\\*(.+?)\\*\\*", "$1")
			.replaceAll("(?<![\\w])_(.+?)_(?![\\w])", "$1")
			.replaceAll("\\[([^\\]]+)\\]\\((\\S+?)\\)", "$1 ($2)")
			.replace("`", "");
	}

	private static String section(Element.Section section) {
		StringBuilder out = new StringBuilder();
		if (section.title() != null) {
			out.append(strip(section.title()));
		}
		if (section.text() != null) {
			out.append(out.isEmpty() ? "" : "\n").append(strip(section.text()));
		}
		int width = section.fields().stream().mapToInt((field) -> field.label().length()).max().orElse(0);
		for (Element.Field field : section.fields()) {
			out.append(out.isEmpty() ? "" : "\n")
				.append("  ")
				.append(String.format("%-" + width + "s", field.label()))
				.append("  ")
				.append(strip(field.value()));
		}
		return out.toString();
	}

}
