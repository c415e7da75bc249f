package eu.agora.digest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * A coordinator's digest settings, in {@code digest_settings}: when it comes (day and
 * time in their zone), whether an empty week is sent, whether it is paused, and the
 * panels or clusters they follow beyond their own scopes.
 *
 * @param personId the coordinator
 * @param time {@code HH:MM}
 * @param zone an IANA zone id
 * @param follows scope keys followed, e.g. {@code panel:Energy Transition}
 */
record DigestSettings(@Id String personId, DayOfWeek day, String time, String zone, boolean sendEmpty, boolean paused,
		List<String> follows, long version) {

	static final String DEFAULT_ZONE = "Europe/Brussels";

	DigestSettings {
		follows = List.copyOf(follows);
	}

	/** Monday 08:00 in Brussels time, empty weeks skipped, nothing followed. */
	static DigestSettings defaults(String personId) {
		return new DigestSettings(personId, DayOfWeek.MONDAY, "08:00", DEFAULT_ZONE, false, false, List.of(), 0);
	}

	LocalTime localTime() {
		return LocalTime.parse(time);
	}

	ZoneId zoneId() {
		return ZoneId.of(zone);
	}

	DigestSettings with(DayOfWeek newDay, LocalTime newTime, ZoneId newZone, boolean newSendEmpty) {
		return new DigestSettings(personId, newDay, newTime.toString(), newZone.getId(), newSendEmpty, paused, follows,
				version);
	}

	DigestSettings paused(boolean nowPaused) {
		return new DigestSettings(personId, day, time, zone, sendEmpty, nowPaused, follows, version);
	}

	DigestSettings following(String scopeKey, boolean follow) {
		List<String> changed = new ArrayList<>(follows);
		changed.remove(scopeKey);
		if (follow) {
			changed.add(scopeKey);
		}
		return new DigestSettings(personId, day, time, zone, sendEmpty, paused, changed, version);
	}

}
