package eu.agora.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;

/**
 * A digest as a reply: a headline, the chart (a PNG attached and shown where the platform
 * can), and its sections. In brief — one screen — each section shows its lines with
 * something to say, at most {@value #BRIEF_LINES}; "More" shows every line.
 */
@Component
class DigestReplies {

	static final String MORE = "digest:more";

	static final int BRIEF_LINES = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private final DigestChart chart;

	DigestReplies(DigestChart chart) {
		this.chart = chart;
	}

	Reply render(Digest digest, boolean everything) {
		List<Element> elements = new ArrayList<>();
		elements.add(new Element.Text(headline(digest)));
		elements.add(new Element.Image("attachment://" + DigestChart.FILE_NAME,
				digest.chart().title() + " by status over nine weeks, and per place now against eight weeks ago"));
		elements.add(new Element.Attachment(DigestChart.FILE_NAME, "image/png", chart.png(digest.chart())));
		boolean cut = false;
		for (Digest.Section section : digest.sections()) {
			List<Digest.Item> shown = everything ? section.items() : brief(section.items());
			cut |= shown.size() < section.items().size();
			elements.add(new Element.Section(section.title(), lines(shown), List.of()));
		}
		if (cut) {
			elements.add(new Element.Actions(
					List.of(new Element.Button(MORE, "More", digest.scope().key(), Element.Button.Style.DEFAULT))));
			elements.add(new Element.Text(
					"_More: the button, or `/digest preview scope:" + digest.scope().key() + " more`._"));
		}
		return new Reply(elements, Visibility.EPHEMERAL, false);
	}

	static String headline(Digest digest) {
		LocalDate last = digest.to().minusSeconds(1).atZone(digest.zone()).toLocalDate();
		LocalDate first = digest.from().atZone(digest.zone()).toLocalDate();
		String week = last.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format(Locale.ROOT, "%02d", last.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		String text = "**Weekly digest — " + digest.scope().label() + "** · " + week + " (" + DAY.format(first) + " – "
				+ DAY.format(last) + ", " + digest.zone().getId() + ")";
		return digest.quiet() ? text + "\nA quiet week: nothing new, and nothing waits for you." : text;
	}

	/** The lines worth a look first: those with a count, a change or an action. */
	private static List<Digest.Item> brief(List<Digest.Item> items) {
		List<Digest.Item> telling = items.stream()
			.filter((item) -> item.action() != null || !item.change().startsWith("same"))
			.toList();
		List<Digest.Item> chosen = telling.isEmpty() ? items : telling;
		return chosen.subList(0, Math.min(BRIEF_LINES, chosen.size()));
	}

	private static String lines(List<Digest.Item> items) {
		StringBuilder text = new StringBuilder();
		for (Digest.Item item : items) {
			text.append("- ").append(item.text()).append(" · _").append(item.change()).append('_');
			if (item.action() != null) {
				text.append(" · `").append(item.action()).append('`');
			}
			text.append('\n');
		}
		return text.toString().strip();
	}

}
