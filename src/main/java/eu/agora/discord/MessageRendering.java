package eu.agora.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;

/**
 * Renders a {@link Reply} as Discord messages: text as content (split at 2000
 * characters), sections as embeds, buttons in rows of five, files, images as embeds, and
 * forms as a button that opens the modal. Whatever exceeds one message continues in the
 * next, in the order of the reply's elements.
 */
final class MessageRendering {

	static final int CONTENT = Message.MAX_CONTENT_LENGTH;

	static final int BUTTON_LABEL = Button.LABEL_MAX_LENGTH;

	/**
	 * How an image names a file of the same reply, e.g. {@code attachment://digest.png}.
	 */
	static final String ATTACHED = "attachment://";

	private static final Pattern WEB_URL = Pattern.compile("https?://\\S+");

	private final CustomIds ids;

	MessageRendering(CustomIds ids) {
		this.ids = ids;
	}

	List<MessageCreateData> render(Reply reply) {
		MessageDrafts drafts = new MessageDrafts();
		reply.elements().forEach((element) -> add(drafts, element));
		return drafts.finish();
	}

	private void add(MessageDrafts drafts, Element element) {
		switch (element) {
			case Element.Text text -> Chunks.split(text.markup(), CONTENT).forEach(drafts::content);
			case Element.Section section -> SectionEmbeds.of(section).forEach(drafts::embed);
			case Element.Actions actions -> drafts.buttons(actions.buttons().stream().map(this::button).toList());
			case Element.Attachment file -> drafts.file(FileUpload.fromData(file.content(), file.fileName()));
			case Element.Image image -> image(drafts, image);
			case Element.Form form -> form(drafts, form);
			case Element.Source source ->
				drafts.embed(new EmbedBuilder().setTitle(Chunks.shorten(source.document(), SectionEmbeds.TITLE))
					.setDescription(Chunks.shorten(source.markup(), SectionEmbeds.DESCRIPTION))
					.setFooter(Chunks.shorten(source.citation(), MessageEmbed.TEXT_MAX_LENGTH))
					.build());
		}
	}

	Button button(Element.Button button) {
		String id = ids.button(button.actionId(), button.value());
		String label = Chunks.shorten(button.label().isBlank() ? button.actionId() : button.label(), BUTTON_LABEL);
		return switch (button.style()) {
			case PRIMARY -> Button.primary(id, label);
			case DANGER -> Button.danger(id, label);
			case null, default -> Button.secondary(id, label);
		};
	}

	private void image(MessageDrafts drafts, Element.Image image) {
		String alt = (image.altText() != null) ? image.altText() : "";
		if (image.url().startsWith(ATTACHED)) {
			// Discord shows an attached file inside the embed when the names match
			// exactly
			drafts.embed(new EmbedBuilder().setImage(image.url())
				.setDescription(Chunks.shorten(alt, SectionEmbeds.DESCRIPTION))
				.build());
			return;
		}
		if (!WEB_URL.matcher(image.url()).matches()) {
			drafts.content(Chunks.shorten(alt + " " + image.url(), CONTENT));
			return;
		}
		EmbedBuilder embed = new EmbedBuilder().setImage(image.url());
		if (!alt.isBlank()) {
			embed.setDescription(Chunks.shorten(alt, SectionEmbeds.DESCRIPTION));
		}
		drafts.embed(embed.build());
	}

	private void form(MessageDrafts drafts, Element.Form form) {
		StringBuilder text = new StringBuilder("**").append(form.title()).append("**");
		form.fields()
			.stream()
			.filter((field) -> field.error() != null)
			.forEach((field) -> text.append("\n- ").append(field.label()).append(": ").append(field.error()));
		if (!FormModals.fits(form)) {
			text.append("\n").append(form.alternative());
			Chunks.split(text.toString(), CONTENT).forEach(drafts::content);
			return;
		}
		Chunks.split(text.toString(), CONTENT).forEach(drafts::content);
		boolean errors = form.fields().stream().anyMatch((field) -> field.error() != null);
		String label = errors ? "Correct the form" : "Open the form";
		drafts.buttons(List.of(Button.primary(ids.formOpener(form), label)));
	}

	/** Messages being filled, each within Discord's limits. */
	static final class MessageDrafts {

		private final List<MessageCreateData> done = new ArrayList<>();

		private MessageDraft current = new MessageDraft();

		void content(String text) {
			if (!current.canTakeContent(text)) {
				next();
			}
			current.content(text);
		}

		void embed(MessageEmbed embed) {
			if (!current.canTakeEmbed(embed)) {
				next();
			}
			current.embed(embed);
		}

		void buttons(List<Button> buttons) {
			for (int from = 0; from < buttons.size(); from += MessageDraft.BUTTONS_PER_ROW) {
				if (!current.canTakeRow()) {
					next();
				}
				current.row(ActionRow
					.of(buttons.subList(from, Math.min(buttons.size(), from + MessageDraft.BUTTONS_PER_ROW))));
			}
		}

		void file(FileUpload file) {
			if (!current.canTakeFile()) {
				next();
			}
			current.file(file);
		}

		List<MessageCreateData> finish() {
			if (!current.isEmpty() || done.isEmpty()) {
				next();
			}
			return List.copyOf(done);
		}

		private void next() {
			done.add(current.build());
			current = new MessageDraft();
		}

	}

}
