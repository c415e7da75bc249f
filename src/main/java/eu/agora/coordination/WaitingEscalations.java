package eu.agora.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.directory.City;

/**
 * {@link EscalationsWaiting} from the open escalations, grouped by similar questions.
 */
@Component
class WaitingEscalations implements EscalationsWaiting {

	private final Escalations escalations;

	private final Scopes scopes;

	WaitingEscalations(Escalations escalations, Scopes scopes) {
		this.escalations = escalations;
		this.scopes = scopes;
	}

	@Override
	public List<Waiting> at(Scope scope) {
		List<Escalation> open = waitingAt(scope);
		List<Waiting> waiting = new ArrayList<>();
		for (List<Escalation> group : SimilarQuestions.group(open, Escalation::question)) {
			group.forEach((e) -> waiting.add(new Waiting(e.id(), e.question(), e.cityKey(), e.tier().id(),
					e.createdAt(), e.dueAt(), group.size() - 1)));
		}
		return waiting;
	}

	/** The open escalations at {@code scope}'s tier, or of its cities. */
	List<Escalation> waitingAt(Scope scope) {
		List<Escalation> open = escalations.open();
		return switch (scope.kind()) {
			case EU, COUNTRY, REGION -> open.stream().filter((e) -> e.scopeKey().equals(scope.key())).toList();
			case CLUSTER, PANEL, CITY -> {
				Set<String> keys = scopes.citiesIn(scope).stream().map(City::key).collect(Collectors.toSet());
				yield open.stream().filter((e) -> keys.contains(e.cityKey())).toList();
			}
		};
	}

}
