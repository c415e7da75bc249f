package eu.agora.twinning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.agora.directory.PersonalData;

/**
 * What twinning holds about a person: the follow-ups they answered, the pair statuses
 * they moved, the profiles they last changed, the exclusions they recorded and the
 * cohorts they created. Erasure puts the anonymous label in the person's place; the
 * histories stay whole.
 */
@Component
class TwinningPersonalData implements PersonalData {

	private final FollowUps followUps;

	private final PairSteps steps;

	private final Exclusions exclusions;

	private final ProfileAuthors profileAuthors;

	TwinningPersonalData(FollowUps followUps, PairSteps steps, Exclusions exclusions, ProfileAuthors profileAuthors) {
		this.followUps = followUps;
		this.steps = steps;
		this.exclusions = exclusions;
		this.profileAuthors = profileAuthors;
	}

	@Override
	public String section() {
		return "twinning";
	}

	@Override
	public Object heldAbout(String personId) {
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("followUpsAnswered",
				followUps.answeredBy(personId)
					.stream()
					.map((f) -> Map.of("pair", f.pairId(), "followUp", f.number(), "answer", String.valueOf(f.answer()),
							"at", String.valueOf(f.answeredAt())))
					.toList());
		held.put("statusesMoved",
				steps.byActor(personId)
					.stream()
					.map((s) -> Map.of("pair", s.pairId(), "status", s.status(), "at", s.at().toString()))
					.toList());
		held.put("profilesChanged", profileAuthors.profilesChangedBy(personId));
		held.put("exclusionsRecorded",
				exclusions.byPerson(personId)
					.stream()
					.map((e) -> Map.of("cities", List.of(e.a(), e.b()), "at", e.at().toString()))
					.toList());
		held.put("cohortsCreated", profileAuthors.cohortsCreatedBy(personId));
		return held;
	}

	@Override
	public void erase(String personId, String anonymousSubject) {
		followUps.anonymise(personId, anonymousSubject);
		steps.anonymise(personId, anonymousSubject);
		exclusions.anonymise(personId, anonymousSubject);
		profileAuthors.anonymise(personId, anonymousSubject);
	}

}
