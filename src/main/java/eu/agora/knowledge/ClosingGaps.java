package eu.agora.knowledge;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Element;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Reply;
import eu.agora.knowledge.ingestion.DocumentIngested;
import eu.agora.knowledge.search.Passage;
import eu.agora.knowledge.search.SearchFilter;

/**
 * Gaps that tidy themselves: after a document is ingested, every open gap is asked again;
 * one that is now answered with confidence, by a passage of that document among the best
 * three, is closed with that passage as its answer, and everyone who asked is told.
 */
@Component
class ClosingGaps {

	private static final Logger log = LoggerFactory.getLogger(ClosingGaps.class);

	/** Who closed a gap that a document answered. */
	static final String BY_AGORA = "agora";

	private final Gaps gaps;

	private final Finding finding;

	private final AnswerReplies replies;

	private final Messenger messenger;

	private final KnowledgeProperties properties;

	private final Clock clock;

	ClosingGaps(Gaps gaps, Finding finding, AnswerReplies replies, Messenger messenger, KnowledgeProperties properties,
			Clock clock) {
		this.gaps = gaps;
		this.finding = finding;
		this.replies = replies;
		this.messenger = messenger;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void ingested(DocumentIngested ingested) {
		for (Gap gap : gaps.unanswered()) {
			if (!ingested.documentId().equals("gap:" + gap.id())) {
				closeIfAnswered(gap, ingested);
			}
		}
	}

	private void closeIfAnswered(Gap gap, DocumentIngested ingested) {
		SearchFilter filter = new SearchFilter(gap.cityKey(), null, null);
		Finding.Result found = finding.find(gap.question(), filter);
		List<Passage> best = found.ranked().subList(0, Math.min(3, found.ranked().size()));
		Passage answering = best.stream()
			.filter((passage) -> passage.documentId().equals(ingested.documentId()))
			.findFirst()
			.orElse(null);
		if (answering == null || found.confidence() < properties.minConfidence()) {
			return;
		}
		List<String> lines = replies.leadingLines(found.searched(), List.of(answering), false);
		String answer = lines.isEmpty() ? answering.text() : lines.get(0).replaceFirst("^→ ", "").replace(" [1]", "");
		gaps.answered(gap.id(), answer + " (" + ingested.title() + ")", BY_AGORA, clock.instant());
		log.info("Knowledge gap {} closed: {} answers it", gap.id(), ingested.documentId());
		Reply told = Reply.of(new Element.Text("**Your question has an answer** (" + gap.id() + ")\n> " + gap.question()
				+ "\n\nA new document answers it — **" + ingested.title() + "**:\n" + answer
				+ "\n\n_Ask again with `/ask` to see the sources._"));
		for (String asker : gap.askers()) {
			try {
				messenger.send(new Address.Person(asker), told);
			}
			catch (Messenger.UndeliverableException ex) {
				log.warn("Could not tell {} that gap {} is answered: {}", asker, gap.id(), ex.getMessage());
			}
		}
	}

}
