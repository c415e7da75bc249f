package eu.agora.digest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.agora.directory.PersonalData;

/**
 * What digests hold about a person: their settings (day, time, zone, what they follow)
 * and which weekly digests were sent to them. Erasure deletes both: neither is a history
 * anyone else relies on.
 */
@Component
class DigestPersonalData implements PersonalData {

	private final Subscriptions subscriptions;

	private final DeliveryClaims claims;

	DigestPersonalData(Subscriptions subscriptions, DeliveryClaims claims) {
		this.subscriptions = subscriptions;
		this.claims = claims;
	}

	@Override
	public String section() {
		return "digests";
	}

	@Override
	public Object heldAbout(String personId) {
		Map<String, Object> held = new LinkedHashMap<>();
		subscriptions.of(personId)
			.ifPresent((s) -> held.put("settings",
					Map.of("day", s.day().name().toLowerCase(Locale.ROOT), "time", s.time(), "zone", s.zone(),
							"emptyWeeks", s.sendEmpty() ? "send" : "skip", "paused", s.paused(), "follows",
							s.follows())));
		held.put("digests",
				claims.of(personId)
					.stream()
					.map((c) -> Map.of("scope", c.scopeKey(), "week", c.week(), "outcome", c.outcome()))
					.toList());
		return held;
	}

	@Override
	public void erase(String personId, String anonymousSubject) {
		subscriptions.remove(personId);
		claims.removeAllOf(personId);
	}

}
