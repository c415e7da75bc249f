package eu.agora.panels;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How session times are shown: in the session's own time zone.
 */
final class Schedules {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

	private Schedules() {
	}

	static String describe(PanelSession session) {
		ZoneId zone = ZoneId.of(session.zone());
		// only scheduled sessions are described, and they have their time
		return WHEN.format(Objects.requireNonNull(session.scheduledAt()).atZone(zone)) + " (" + zone.getId() + ")";
	}

}
