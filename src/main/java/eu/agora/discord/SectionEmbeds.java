package eu.agora.discord;

import java.util.ArrayList;
import java.util.List;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.jspecify.annotations.Nullable;

import eu.agora.conversation.Element;

/**
 * A {@link Element.Section} as one embed, or several when it exceeds an embed's limits
 * (title 256, description 4096, 25 fields of 1024, 6000 characters in all): long
 * descriptions and field values continue in further embeds and fields.
 */
final class SectionEmbeds {

	static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;

	static final int DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;

	static final int FIELDS = MessageEmbed.MAX_FIELD_AMOUNT;

	static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;

	static final int TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;

	/** Values up to this length sit side by side, like a card's grid. */
	private static final int INLINE = 40;

	private static final int ACCENT = 0x2E7D32;

	private SectionEmbeds() {
	}

	static List<MessageEmbed> of(Element.Section section) {
		List<MessageEmbed> embeds = new ArrayList<>();
		EmbedBuilder current = start(embeds, null);
		if (section.title() != null && !section.title().isBlank()) {
			current.setTitle(Chunks.shorten(section.title(), TITLE));
		}
		if (section.text() != null && !section.text().isBlank()) {
			for (String chunk : Chunks.split(section.text(), DESCRIPTION)) {
				if (!current.getDescriptionBuilder().isEmpty() || current.length() + chunk.length() > TOTAL) {
					current = start(embeds, current);
				}
				current.setDescription(chunk);
			}
		}
		for (Element.Field field : section.fields()) {
			current = addField(embeds, current, field);
		}
		if (current.isEmpty()) {
			current.setDescription("—");
		}
		embeds.add(current.build());
		return embeds;
	}

	/** Characters an embed counts towards the 6000 per message. */
	static int length(MessageEmbed embed) {
		return embed.getLength();
	}

	private static EmbedBuilder addField(List<MessageEmbed> embeds, EmbedBuilder current, Element.Field field) {
		String label = field.label().isBlank() ? "\u200b" : Chunks.shorten(field.label(), TITLE);
		List<String> parts = Chunks.split(field.value(), FIELD_VALUE);
		EmbedBuilder embed = current;
		for (int i = 0; i < parts.size(); i++) {
			String name = (i == 0) ? label : Chunks.shorten(label + " (continued)", TITLE);
			boolean full = embed.getFields().size() >= FIELDS;
			if (full || embed.length() + name.length() + parts.get(i).length() > TOTAL) {
				embed = start(embeds, embed);
			}
			embed.addField(name, parts.get(i), parts.size() == 1 && parts.get(i).length() <= INLINE);
		}
		return embed;
	}

	private static EmbedBuilder start(List<MessageEmbed> done, @Nullable EmbedBuilder previous) {
		if (previous != null && !previous.isEmpty()) {
			done.add(previous.build());
		}
		return new EmbedBuilder().setColor(ACCENT);
	}

}
