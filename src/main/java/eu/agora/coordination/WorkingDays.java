package eu.agora.coordination;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Counting working days (Monday to Friday) in a city's time zone.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * The moment {@code days} working days after {@code from}, at the same local time.
	 */
	static Instant after(Instant from, int days, ZoneId zone) {
		ZonedDateTime at = from.atZone(zone);
		int left = days;
		while (left > 0) {
			at = at.plusDays(1);
			if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return at.toInstant();
	}

}
