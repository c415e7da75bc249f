package eu.agora.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.knowledge.search.Passage;
import eu.agora.knowledge.search.Passages;
import eu.agora.knowledge.search.SearchFilter;
import eu.agora.storage.Sequences;

/**
 * {@code /ask}: the passages that answer a question, each cited, with a confidence, a
 * "more" button and feedback buttons. When nothing answers well enough it says so instead
 * of guessing, and the question becomes a knowledge gap.
 */
@Component
class Asking {

	static final int MAX_QUESTION = 1_000;

	static final String MORE = "knowledge:more";

	static final String HELPFUL = "knowledge:helpful";

	static final String NOT_HELPFUL = "knowledge:not-helpful";

	static final String ROUTE = "knowledge:route";

	/** The most passages {@code /knowledge more … from:} may skip. */
	static final int MAX_FROM = 1_000;

	private final Finding finding;

	private final AnswerReplies replies;

	private final LedgerEvidence ledger;

	private final Passages passages;

	private final OpeningGaps opening;

	private final FillingGaps gaps;

	private final Filters filters;

	private final Answers answers;

	private final Sequences sequences;

	private final KnowledgeProperties properties;

	private final Clock clock;

	Asking(Finding finding, AnswerReplies replies, LedgerEvidence ledger, Passages passages, OpeningGaps opening,
			FillingGaps gaps, Filters filters, Answers answers, Sequences sequences, KnowledgeProperties properties,
			Clock clock) {
		this.finding = finding;
		this.replies = replies;
		this.ledger = ledger;
		this.passages = passages;
		this.opening = opening;
		this.gaps = gaps;
		this.filters = filters;
		this.answers = answers;
		this.sequences = sequences;
		this.properties = properties;
		this.clock = clock;
	}

	Reply ask(CommandCall call) {
		String typed = call.options().text("question").map(String::strip).orElse("");
		if (typed.isEmpty()) {
			throw new UserError("Ask a question after `/ask`.",
					"For example `/ask How does Łódź plan to decarbonise district heating?`");
		}
		if (Scripts.unsupported(typed)) {
			throw new UserError(
					"I can't read that script yet: I search documents written in Latin, Greek or Cyrillic letters.",
					"Ask in English or in the language of the documents, e.g. `/ask Which cities plan geothermal heating?`");
		}
		Finding.Waited waited = finding.awaitLoading();
		if (waited != null && !waited.loaded()) {
			return Reply.text("Agora is still loading its knowledge (" + waited.what()
					+ "), so I can't search it well yet. Ask again in a minute; nothing was saved.");
		}
		if (finding.rebuilding()) {
			return Reply.text("The knowledge index is being rebuilt right now (" + finding.rebuildProgress()
					+ "), so I can't search it well. Ask again in a few minutes; nothing was saved.");
		}
		String question = shortened(typed);
		Finding.Result found = finding.find(question, filters.from(call.options()));
		SearchFilter filter = found.filter();
		String notice = (question.length() < typed.length()) ? "_Your question was longer than "
				+ String.format(Locale.ROOT, "%,d", MAX_QUESTION) + " characters; I answered its first part._\n" : "";
		if (found.notice() != null) {
			notice += found.notice() + "\n";
		}
		if (waited != null) {
			notice = waited.notice() + notice;
		}
		String id = "A-" + sequences.next("knowledge-answer");
		if (found.confidence() < properties.minConfidence() || found.ranked().isEmpty()) {
			Gap gap = opening.record(question, cityOf(filter), call.caller().personId(), Gap.Reason.NO_ANSWER);
			answers.add(new Answer(id, question, filter, call.caller().personId(), found.ids(), found.scoreList(),
					found.confidence(), gap.id(), clock.instant(), Map.of()));
			return dontKnow(notice, gap, filter);
		}
		answers.add(new Answer(id, question, filter, call.caller().personId(), found.ids(), found.scoreList(),
				found.confidence(), null, clock.instant(), Map.of()));
		int shown = Math.min(properties.passagesPerAnswer(), found.ranked().size());
		List<Passage> cited = found.ranked().subList(0, shown);
		List<String> lines = new ArrayList<>(replies.leadingLines(found.searched(), cited, found.acrossCities()));
		if (found.acrossCities()) {
			List<String> committed = ledger.lines(found.searched(), filter);
			if (!committed.isEmpty()) {
				lines.add("From the commitments ledger:");
				lines.addAll(committed);
			}
		}
		String heading = found.acrossCities()
				? "**" + shown + " cit" + ((shown == 1) ? "y" : "ies") + "**, best evidence first" : "**Answer**";
		List<Element> elements = new ArrayList<>();
		elements.add(new Element.Text(notice + heading + " — confidence " + level(found.confidence()) + " ("
				+ AnswerReplies.percent(found.confidence()) + "), answer " + id + "\n" + String.join("\n", lines)));
		elements.addAll(replies.sources(found.searched(), cited, found.scores(), 1, found.acrossCities()));
		elements.add(buttons(id, shown, found.ranked().size()));
		return new Reply(elements, Visibility.EPHEMERAL, false);
	}

	private static @Nullable String cityOf(SearchFilter filter) {
		return (filter.cityKey() != null) ? filter.cityKey()
				: filter.anyOfCities().isEmpty() ? null : filter.anyOfCities().get(0);
	}

	/** The next passages of an answer: value {@code A-12:3} (answer, passages shown). */
	Reply more(CommandCall call) {
		String value = call.options().text("value").orElse("");
		String[] parts = value.split(":");
		Answer answer = answer(parts[0]);
		int from = (parts.length > 1 && parts[1].matches("\\d{1,4}")) ? Integer.parseInt(parts[1])
				: properties.passagesPerAnswer();
		return page(answer, from);
	}

	/** {@code /knowledge more <answer>}: the same as the button, for the shell. */
	Reply moreCommand(CommandCall call) {
		long from = call.options().integer("from").orElse((long) properties.passagesPerAnswer());
		if (from < 1 || from > MAX_FROM) {
			throw new UserError(String.format(Locale.ROOT,
					"`from` is how many passages you have seen: a number from 1 to %,d; got %d.", MAX_FROM, from),
					"For example `/knowledge more A-12 from:3`, or leave it out to see the next ones.");
		}
		return page(answer(call.options().requiredText("answer")), (int) from);
	}

	Reply helpful(CommandCall call) {
		return feedback(answer(call.options().text("value").orElse("")), call, true);
	}

	Reply notHelpful(CommandCall call) {
		return feedback(answer(call.options().text("value").orElse("")), call, false);
	}

	/** {@code /knowledge feedback <answer> helpful|not-helpful}, for the shell. */
	Reply feedbackCommand(CommandCall call) {
		Answer answer = answer(call.options().requiredText("answer"));
		return feedback(answer, call, "helpful".equals(call.options().requiredText("verdict")));
	}

	/** The asker's button on an unanswered question: send it to coordinators now. */
	Reply routeToCoordinators(CommandCall call) {
		Gap gap = gaps.gap(call.options().text("value").orElse(""));
		return Reply.text("Sent your question to " + gaps.route(gap, FillingGaps.COORDINATORS, call.caller())
				+ ". You'll get a message when it is answered.");
	}

	private Reply page(Answer answer, int from) {
		if (answer.gapId() != null) {
			throw new UserError("That question had no good answer; it is knowledge gap " + answer.gapId() + ".");
		}
		int to = Math.min(answer.ranked().size(), from + properties.passagesPerAnswer());
		if (from >= to) {
			return Reply.text("That's all I found for “" + answer.question() + "”.");
		}
		List<Passage> shown = passages.byIds(answer.ranked().subList(from, to));
		if (shown.isEmpty()) {
			return Reply.text("Those passages have since been replaced. Ask again to search the current documents.");
		}
		Map<String, Double> scores = new HashMap<>();
		for (int rank = from; rank < to; rank++) {
			scores.put(answer.ranked().get(rank), answer.scores().get(rank));
		}
		List<Element> elements = new ArrayList<>();
		elements.add(new Element.Text("More for “" + answer.question() + "” (" + (from + 1) + "–" + to + " of "
				+ answer.ranked().size() + "):"));
		elements.addAll(replies.sources(answer.question(), shown, scores, from + 1, false));
		elements.add(buttons(answer.id(), to, answer.ranked().size()));
		return new Reply(elements, Visibility.EPHEMERAL, false);
	}

	private Reply feedback(Answer answer, CommandCall call, boolean helpful) {
		answers.feedback(answer.id(), call.caller().personId(), helpful ? "helpful" : "not-helpful");
		if (helpful) {
			return Reply.text("Thanks — noted that answer " + answer.id() + " helped.");
		}
		Gap gap = opening.record(answer.question(), answer.filter().cityKey(), call.caller().personId(),
				Gap.Reason.NOT_HELPFUL);
		return Reply.text("Thanks — noted. I added your question to knowledge gap **" + gap.id()
				+ "** so a moderator can find a better answer; you'll get a message when there is one.");
	}

	private Reply dontKnow(String notice, Gap gap, SearchFilter filter) {
		String scope = filter.isEmpty() ? "the knowledge base" : "the documents matching your filters";
		return Reply.of(new Element.Text(notice + "**I don't know.** Nothing in " + scope
				+ " answers this well enough, and I won't guess. " + saved(gap)
				+ ": moderators see it in `/knowledge gaps` and can route it to a panel or a coordinator. You'll get a message when it is answered."),
				new Element.Actions(List
					.of(new Element.Button(ROUTE, "Ask a coordinator now", gap.id(), Element.Button.Style.PRIMARY))));
	}

	private static String saved(Gap gap) {
		int others = gap.askers().size() - 1;
		return (others < 1) ? "I saved your question as knowledge gap **" + gap.id() + "**"
				: "Others asked this too: I added you to knowledge gap **" + gap.id() + "** (“" + gap.question() + "”, "
						+ (others + 1) + " people asked)";
	}

	private static Element.Actions buttons(String answerId, int shown, int total) {
		List<Element.Button> buttons = new ArrayList<>();
		if (shown < total) {
			buttons.add(new Element.Button(MORE, "More", answerId + ":" + shown, Element.Button.Style.DEFAULT));
		}
		buttons.add(new Element.Button(HELPFUL, "Helpful", answerId, Element.Button.Style.PRIMARY));
		buttons.add(new Element.Button(NOT_HELPFUL, "Not helpful", answerId, Element.Button.Style.DEFAULT));
		return new Element.Actions(buttons);
	}

	private Answer answer(String id) {
		return answers.answer(normalised(id)).orElseThrow(() -> noAnswer(id));
	}

	/**
	 * A refusal unless {@code caller} asked answer {@code id}: the same whether the
	 * answer is someone else's or does not exist, so ids cannot be probed.
	 */
	Optional<UserError> unlessAsked(String id, Caller caller) {
		boolean asked = answers.answer(normalised(id))
			.map((answer) -> caller.personId().equals(answer.personId()))
			.orElse(false);
		return asked ? Optional.empty() : Optional.of(noAnswer(id));
	}

	private static UserError noAnswer(String id) {
		return new UserError("There is no answer " + normalised(id) + " of yours.",
				"Ask again with `/ask`; each answer's buttons are for the person who asked.");
	}

	/**
	 * A refusal unless {@code caller} is among the people who asked gap {@code gapId}.
	 */
	Optional<UserError> unlessAskedGap(String gapId, Caller caller) {
		Gap gap = gaps.gap(gapId);
		return gap.askers().contains(caller.personId()) ? Optional.empty()
				: Optional.of(new UserError("Only someone who asked " + gap.id() + " can send it on this way.",
						"Moderators route gaps with `/knowledge route`."));
	}

	private static String normalised(String id) {
		return id.strip().toUpperCase(Locale.ROOT);
	}

	static String level(double confidence) {
		return (confidence >= 0.8) ? "high" : (confidence >= 0.7) ? "medium" : "low";
	}

	private static String shortened(String question) {
		if (question.length() <= MAX_QUESTION) {
			return question;
		}
		String first = question.substring(0, MAX_QUESTION);
		int lastSpace = first.lastIndexOf(' ');
		return (lastSpace > MAX_QUESTION * 0.8) ? first.substring(0, lastSpace) : first;
	}

}
