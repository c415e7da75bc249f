package eu.agora.panels;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;

import eu.agora.conversation.UserError;

/**
 * A wall-clock time in a zone, taken only when it names one instant: a time the clocks
 * skip when they go forward (a daylight-saving gap) does not exist, and one they pass
 * twice when they go back (an overlap) is ambiguous. Both are refused, and the reply
 * shows the real times around it.
 */
final class LocalTimes {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm xxx", Locale.ROOT);

	private LocalTimes() {
	}

	static ZonedDateTime exact(LocalDateTime at, ZoneId zone) {
		List<ZoneOffset> offsets = zone.getRules().getValidOffsets(at);
		if (offsets.size() == 1) {
			return ZonedDateTime.ofLocal(at, zone, offsets.get(0));
		}
		ZoneOffsetTransition transition = zone.getRules().getTransition(at);
		if (offsets.isEmpty()) {
			throw new UserError("There is no " + at.toLocalTime() + " on " + at.toLocalDate() + " in " + zone.getId()
					+ ": the clocks jump from " + transition.getDateTimeBefore().toLocalTime() + " to "
					+ transition.getDateTimeAfter().toLocalTime() + " (UTC" + transition.getOffsetAfter() + ").",
					"Choose a time from " + transition.getDateTimeAfter().toLocalTime() + " on, e.g. `at:"
							+ at.toLocalDate() + "T" + transition.getDateTimeAfter().toLocalTime() + "`.");
		}
		ZonedDateTime first = ZonedDateTime.ofStrict(at, offsets.get(0), zone);
		ZonedDateTime second = ZonedDateTime.ofStrict(at, offsets.get(1), zone);
		throw new UserError(at.toLocalTime() + " on " + at.toLocalDate() + " happens twice in " + zone.getId()
				+ " (the clocks go back): at " + SHOWN.format(first) + " and again at " + SHOWN.format(second) + ".",
				"Choose a time before " + transition.getDateTimeAfter().toLocalTime() + " or from "
						+ transition.getDateTimeBefore().toLocalTime() + " on that day.");
	}

}
