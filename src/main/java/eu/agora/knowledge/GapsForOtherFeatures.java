package eu.agora.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.UserError;
import eu.agora.directory.People;
import eu.agora.directory.Person;
import eu.agora.knowledge.ingestion.IngestResult;
import eu.agora.knowledge.ingestion.Ingestion;
import eu.agora.knowledge.search.DocumentKind;

/**
 * {@link KnowledgeGaps} from the stored gaps, and verified answers saved through the same
 * ingestion as {@code /knowledge answer}.
 */
@Component
class GapsForOtherFeatures implements KnowledgeGaps {

	private final Gaps gaps;

	private final Ingestion ingestion;

	private final People people;

	GapsForOtherFeatures(Gaps gaps, Ingestion ingestion, People people) {
		this.gaps = gaps;
		this.ingestion = ingestion;
		this.people = people;
	}

	@Override
	public List<OpenGap> unanswered() {
		return gaps.unanswered()
			.stream()
			.map((gap) -> new OpenGap(gap.id(), gap.question(), cities(gap), gap.routedTo(), gap.askers().size(),
					gap.createdAt()))
			.toList();
	}

	@Override
	public void saveVerifiedAnswer(String source, String question, String answer, @Nullable String cityKey,
			String byPersonId) {
		String text = answer.strip();
		if (text.isEmpty() || text.length() > FillingGaps.MAX_ANSWER) {
			throw new UserError("An answer must have text, at most " + FillingGaps.MAX_ANSWER + " characters.");
		}
		String markdown = "# " + question.strip() + "\n\n" + text;
		IngestResult result = ingestion.text(source, "Verified answer: " + question.strip(), markdown,
				DocumentKind.VERIFIED_ANSWER, cityKey, List.of(), byPersonId);
		if (result instanceof IngestResult.Skipped skipped) {
			throw new UserError("The answer could not be saved as knowledge: " + skipped.reason());
		}
	}

	private List<String> cities(Gap gap) {
		Set<String> keys = new LinkedHashSet<>();
		if (gap.cityKey() != null) {
			keys.add(gap.cityKey());
		}
		gap.askers().forEach((asker) -> people.byId(asker).map(Person::cityKey).ifPresent(keys::add));
		return List.copyOf(keys);
	}

}
