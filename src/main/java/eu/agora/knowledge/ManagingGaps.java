package eu.agora.knowledge;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;
import eu.agora.knowledge.search.DocumentKind;
import eu.agora.knowledge.search.KnowledgeDocument;
import eu.agora.knowledge.search.KnowledgeDocuments;

/**
 * {@code /knowledge gaps|route|answer|documents}: what moderators do with the questions
 * the knowledge base could not answer, and what it holds.
 */
@Component
class ManagingGaps {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private static final int LISTED = 25;

	private final FillingGaps gaps;

	private final KnowledgeDocuments documents;

	private final Filters filters;

	ManagingGaps(FillingGaps gaps, KnowledgeDocuments documents, Filters filters) {
		this.gaps = gaps;
		this.documents = documents;
		this.filters = filters;
	}

	Reply list(CommandCall call) {
		List<Gap> open = gaps.unanswered();
		if (open.isEmpty()) {
			return Reply.text("No knowledge gaps: every question so far found an answer.");
		}
		List<Element> elements = new ArrayList<>();
		elements.add(new Element.Text("**" + open.size() + " knowledge gap" + ((open.size() == 1) ? "" : "s")
				+ "**, oldest first. Route one with `/knowledge route <gap> to:\"<panel>\"` or `to:coordinators`; answer it with `/knowledge answer <gap> \"…\"`."));
		for (Gap gap : open.subList(0, Math.min(LISTED, open.size()))) {
			List<Element.Field> fields = new ArrayList<>();
			fields.add(new Element.Field("Status", gap.status().name().toLowerCase(Locale.ROOT)
					+ (gap.routedTo().isEmpty() ? "" : " to " + String.join(", ", gap.routedTo()))));
			fields.add(new Element.Field("Why", gap.reason().label()));
			fields.add(new Element.Field("Asked by", gap.askers().size() + " "
					+ ((gap.askers().size() == 1) ? "person" : "people") + " since " + DAY.format(gap.createdAt())));
			if (gap.cityKey() != null) {
				fields.add(new Element.Field("City", filters.cityName(gap.cityKey())));
			}
			elements.add(new Element.Section(gap.id() + ": " + gap.question(), null, fields));
		}
		if (open.size() > LISTED) {
			elements.add(new Element.Text("…and " + (open.size() - LISTED) + " more."));
		}
		return new Reply(elements, Visibility.EPHEMERAL, false);
	}

	Reply route(CommandCall call) {
		Gap gap = gaps.gap(call.options().requiredText("gap"));
		String where = gaps.route(gap, call.options().requiredText("to"), call.caller());
		return Reply.text("Routed " + gap.id() + " to " + where + ".");
	}

	Reply answer(CommandCall call) {
		Gap gap = gaps.gap(call.options().requiredText("gap"));
		int told = gaps.answer(gap, call.options().requiredText("text"), call.caller());
		return Reply
			.text("Saved the answer to " + gap.id() + " as verified knowledge; `/ask` finds it from now on. " + "Told "
					+ told + " of " + gap.askers().size() + " asker" + ((gap.askers().size() == 1) ? "" : "s") + ".");
	}

	Reply documents(CommandCall call) {
		List<KnowledgeDocument> held = documents.all()
			.stream()
			.sorted(Comparator.comparing(KnowledgeDocument::kind).thenComparing(KnowledgeDocument::title))
			.toList();
		if (held.isEmpty()) {
			return Reply.text("The knowledge base is empty. An operator ingests documents with "
					+ "`java -jar agora.jar ingest <files>`; a moderator can attach one with `/knowledge add`.");
		}
		StringBuilder lines = new StringBuilder();
		lines.append("**")
			.append(Plural.of(held.size(), "document"))
			.append("**, ")
			.append(Plural.of(held.stream().mapToInt(KnowledgeDocument::passages).sum(), "passage"))
			.append(":");
		for (KnowledgeDocument document : held) {
			lines.append("\n- ").append(document.title());
			if (document.cityKey() != null) {
				lines.append(" · ").append(filters.cityName(document.cityKey()));
			}
			lines.append(" (")
				.append(kind(document.kind()))
				.append(", ")
				.append(Plural.of(document.passages(), "passage"))
				.append(")");
		}
		return Reply.text(lines.toString());
	}

	private static String kind(DocumentKind kind) {
		return switch (kind) {
			case FILE -> "file";
			case STARTER -> "starter page";
			case PANEL_OUTCOME -> "panel outcome";
			case VERIFIED_ANSWER -> "verified answer";
		};
	}

}
