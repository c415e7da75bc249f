package eu.agora.conversation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them: {@code 2027-12-31} and {@code 2027/12/31}, and day and month
 * in either order ({@code 31/12/2027}, {@code 31.12.2027}, {@code 12-31-2027}) when only
 * one reading is a date. When both are ({@code 05/06/2027}) nothing is guessed: the
 * problem names both readings in the form that works.
 */
public final class Dates {

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

	private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

	private Dates() {
	}

	/**
	 * The date meant by {@code text}.
	 * @throws IllegalArgumentException whose message completes a sentence starting with
	 * the field's name, e.g. "must be a date as YYYY-MM-DD, e.g. 2030-12-31; got `soon`"
	 */
	public static LocalDate parse(String text) {
		String typed = text.strip();
		Matcher yearFirst = YEAR_FIRST.matcher(typed);
		if (yearFirst.matches()) {
			return date(typed, yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
		}
		Matcher yearLast = YEAR_LAST.matcher(typed);
		if (!yearLast.matches()) {
			throw unreadable(typed);
		}
		int first = Integer.parseInt(yearLast.group(1));
		int second = Integer.parseInt(yearLast.group(2));
		String year = yearLast.group(3);
		if (first > 12 || first == second) {
			return date(typed, year, yearLast.group(2), yearLast.group(1));
		}
		if (second > 12) {
			return date(typed, year, yearLast.group(1), yearLast.group(2));
		}
		LocalDate dayFirst = date(typed, year, yearLast.group(2), yearLast.group(1));
		LocalDate monthFirst = date(typed, year, yearLast.group(1), yearLast.group(2));
		throw new IllegalArgumentException("`" + typed + "` could be " + spoken(dayFirst) + " or " + spoken(monthFirst)
				+ ": write `" + dayFirst + "` or `" + monthFirst + "` (YYYY-MM-DD)");
	}

	private static LocalDate date(String typed, String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			throw unreadable(typed);
		}
	}

	private static String spoken(LocalDate date) {
		return date.getDayOfMonth() + " " + Month.from(date).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static IllegalArgumentException unreadable(String typed) {
		return new IllegalArgumentException("must be a date as YYYY-MM-DD, e.g. 2030-12-31; got `" + typed + "`");
	}

}
