package eu.agora.discord;

import java.util.ArrayList;
import java.util.List;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * One message being filled. Discord shows content above embeds and buttons below both, so
 * an element that would appear out of order starts the next message, as does one that
 * would break a limit: 2000 characters of content, 10 embeds with 6000 characters in all,
 * 5 rows of 5 buttons, 10 files.
 */
final class MessageDraft {

	static final int BUTTONS_PER_ROW = 5;

	private static final int EMBEDS = Message.MAX_EMBED_COUNT;

	private static final int EMBED_TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;

	private static final int ROWS = Message.MAX_COMPONENT_COUNT;

	private static final int FILES = Message.MAX_FILE_AMOUNT;

	private final StringBuilder content = new StringBuilder();

	private final List<MessageEmbed> embeds = new ArrayList<>();

	private final List<ActionRow> rows = new ArrayList<>();

	private final List<FileUpload> files = new ArrayList<>();

	private int embedLength;

	boolean canTakeContent(String text) {
		int length = content.length() + (content.isEmpty() ? 0 : 2) + text.length();
		return embeds.isEmpty() && rows.isEmpty() && length <= MessageRendering.CONTENT;
	}

	void content(String text) {
		content.append(content.isEmpty() ? "" : "\n\n").append(text);
	}

	boolean canTakeEmbed(MessageEmbed embed) {
		return rows.isEmpty() && embeds.size() < EMBEDS && embedLength + embed.getLength() <= EMBED_TOTAL;
	}

	void embed(MessageEmbed embed) {
		embeds.add(embed);
		embedLength += embed.getLength();
	}

	boolean canTakeRow() {
		return rows.size() < ROWS;
	}

	void row(ActionRow row) {
		rows.add(row);
	}

	boolean canTakeFile() {
		return files.size() < FILES;
	}

	void file(FileUpload file) {
		files.add(file);
	}

	boolean isEmpty() {
		return content.isEmpty() && embeds.isEmpty() && rows.isEmpty() && files.isEmpty();
	}

	MessageCreateData build() {
		MessageCreateBuilder message = new MessageCreateBuilder();
		message.setContent(isEmpty() ? "Done." : content.toString());
		return message.setEmbeds(embeds).setComponents(rows).setFiles(files).build();
	}

}
