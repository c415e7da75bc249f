package eu.agora.coordination;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.ObjectRule;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.directory.CityDirectory;

/**
 * {@code /escalate}, {@code /escalations} and {@code /escalation answer|forward}.
 */
@Component
class EscalationHandlers {

	private final Escalating escalating;

	private final Scopes scopes;

	private final CityDirectory cities;

	private final Clock clock;

	EscalationHandlers(Escalating escalating, Scopes scopes, CityDirectory cities, Clock clock) {
		this.escalating = escalating;
		this.scopes = scopes;
		this.cities = cities;
		this.clock = clock;
	}

	Reply escalate(CommandCall call) {
		Escalation asked = escalating.escalate(call.caller(), call.options().requiredText("question"),
				call.options().text("to").orElse(null));
		Scope at = scopes.resolve(asked.scopeKey());
		return Reply.text("Escalated as " + asked.id() + " to the " + asked.tier().adjective() + " coordinators ("
				+ at.label() + "). You will get the answer here; if nobody answers within its time it moves up by "
				+ "itself and you are told.");
	}

	Reply waiting(CommandCall call) {
		List<Escalation> mine = mine(call.caller());
		if (mine.isEmpty()) {
			return Reply.text("Nothing waits at your tier. Questions escalated to you appear here and in your digest.");
		}
		List<Element> elements = new ArrayList<>();
		for (List<Escalation> group : SimilarQuestions.group(mine, Escalation::question)) {
			elements.add(new Element.Section(title(group), describe(group), List.of()));
		}
		elements.add(new Element.Text(
				"Answer with `/escalation answer <E-id> \"…\"`; pass one up with `/escalation forward <E-id> note:\"…\"`."));
		return Reply.of(elements.toArray(Element[]::new));
	}

	Reply answer(CommandCall call) {
		Escalation escalation = escalating.named(call.options().requiredText("id"));
		boolean told = escalating.answer(escalation, call.options().requiredText("answer"), call.caller());
		return Reply.text("Answered " + escalation.id() + " and saved it as verified knowledge. "
				+ (told ? "The asker was told." : "The asker could not be reached now; the answer waits in `/ask`."));
	}

	Reply forward(CommandCall call) {
		Escalation escalation = escalating.named(call.options().requiredText("id"));
		Escalation moved = escalating.forward(escalation, call.options().text("note").orElse(null), call.caller());
		return Reply.text(moved.id() + " now waits at the " + moved.tier().adjective() + " tier ("
				+ scopes.resolve(moved.scopeKey()).label() + "); the asker was told.");
	}

	/**
	 * The object rule of answer and forward: the escalation waits at the caller's tier.
	 */
	ObjectRule atCallersTier() {
		return new ObjectRule("coordinators of the tier where that escalation waits", (call) -> {
			Escalation escalation = escalating.named(call.options().requiredText("id"));
			if (!escalation.open()) {
				return Optional.of(new UserError(escalation.id() + " is closed: it was answered already.",
						"`/escalations` lists the open ones at your tier."));
			}
			boolean mine = scopes.coordinatedBy(call.caller())
				.stream()
				.anyMatch((scope) -> scope.key().equals(escalation.scopeKey()));
			return mine ? Optional.empty()
					: Optional.of(new UserError(
							escalation.id() + " waits at the " + escalation.tier().adjective() + " tier ("
									+ scopes.resolve(escalation.scopeKey()).label() + "), not at yours.",
							"`/escalations` lists what waits for you."));
		});
	}

	private List<Escalation> mine(Caller caller) {
		List<Escalation> open = escalating.open();
		if (caller.isAdmin()) {
			return open;
		}
		List<String> keys = scopes.coordinatedBy(caller).stream().map(Scope::key).toList();
		return open.stream().filter((e) -> keys.contains(e.scopeKey())).toList();
	}

	private String title(List<Escalation> group) {
		Escalation first = group.get(0);
		String where = scopes.resolve(first.scopeKey()).label();
		if (group.size() == 1) {
			return first.id() + " · " + cities.nameOf(first.cityKey()) + " · " + first.tier().adjective() + " tier";
		}
		long places = group.stream().map(Escalation::cityKey).distinct().count();
		return places + ((places == 1) ? " city" : " cities") + " in " + where + " ask about “"
				+ shorten(first.question()) + "” (" + group.size() + " questions)";
	}

	private String describe(List<Escalation> group) {
		StringBuilder text = new StringBuilder();
		for (Escalation e : group) {
			text.append("- ")
				.append(e.id())
				.append(" · ")
				.append(cities.nameOf(e.cityKey()))
				.append(": ")
				.append(e.question())
				.append(" _(")
				.append(left(e))
				.append(")_\n");
		}
		return text.toString().strip();
	}

	private String left(Escalation e) {
		if (e.tier() == Tier.EU) {
			return "at the top tier";
		}
		Duration left = Duration.between(clock.instant(), e.dueAt());
		return left.isNegative() ? "moving up now" : "moves up in " + Math.max(1, left.toHours() / 24) + " d";
	}

	private static String shorten(String question) {
		return (question.length() <= 60) ? question : question.substring(0, 59) + "…";
	}

}
