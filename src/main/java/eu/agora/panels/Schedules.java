package eu.agora.panels;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How session times are shown: in the session's own time zone.
 */
final class Schedules {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

	private Schedules() {
	}

	static String describe(PanelSession session) {
		ZoneId zone = ZoneId.of(session.zone());
		return WHEN.format(session.scheduledAt().atZone(zone)) + " (" + zone.getId() + ")";
	}

}
