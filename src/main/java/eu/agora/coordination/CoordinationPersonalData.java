package eu.agora.coordination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.agora.directory.PersonalData;

/**
 * What coordination holds about a person: the questions they escalated, moved or
 * answered, and the broadcasts they sent, received or acknowledged. Erasure replaces
 * their id by the anonymous subject and keeps the questions and messages, which belong to
 * the cities' work, not to the person.
 */
@Component
class CoordinationPersonalData implements PersonalData {

	private final Escalations escalations;

	private final Broadcasts broadcasts;

	CoordinationPersonalData(Escalations escalations, Broadcasts broadcasts) {
		this.escalations = escalations;
		this.broadcasts = broadcasts;
	}

	@Override
	public String section() {
		return "coordination";
	}

	@Override
	public Object heldAbout(String personId) {
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("escalations", escalations.involving(personId)
			.stream()
			.map((e) -> Map.of("id", e.id(), "question", e.question(), "asked", e.askerPersonId().equals(personId),
					"answered", personId.equals(e.answeredBy()), "createdAt", e.createdAt().toString()))
			.toList());
		held.put("broadcasts",
				broadcasts.involving(personId)
					.stream()
					.map((b) -> Map.of("id", b.id(), "sent", b.senderPersonId().equals(personId), "received",
							b.recipients().contains(personId), "acknowledged", b.acknowledgedBy(personId)))
					.toList());
		return held;
	}

	@Override
	public void erase(String personId, String anonymousSubject) {
		List<Escalation> involved = escalations.involving(personId);
		for (Escalation escalation : involved) {
			escalations.replace(escalation.anonymised(personId, anonymousSubject), escalation.version());
		}
		broadcasts.anonymise(personId, anonymousSubject);
	}

}
