package eu.agora.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.agora.coordination.Scope;

/**
 * One scope's week: its sections, each item with its change since the week before and the
 * command that acts on it, and the figures of its chart.
 *
 * @param to the end of the week reported (exclusive); the week is the seven days before
 * @param zone the time zone the week is computed in
 * @param quiet whether nothing happened in the week and nothing waits
 */
record Digest(Scope scope, Instant to, ZoneId zone, List<Section> sections, ChartData chart, boolean quiet) {

	static final Duration WEEK = Duration.ofDays(7);

	Digest {
		sections = List.copyOf(sections);
	}

	Instant from() {
		return to.minus(WEEK);
	}

	/** A titled part of the digest. */
	record Section(String title, List<Item> items) {

		Section {
			items = List.copyOf(items);
		}

	}

	/**
	 * One line of a section.
	 *
	 * @param text what it is, in markup
	 * @param change its change since last week, e.g. {@code +2 on last week}
	 * @param action the command that acts on it, or {@code null}
	 */
	record Item(String text, String change, @Nullable String action) {
	}

	/**
	 * The chart's figures.
	 *
	 * @param weeks labels of the nine weeks, the oldest first, this week last
	 * @param byStatus per status, the commitments in it at the end of each week
	 * @param places the countries or cities with most commitments
	 * @param openThen their open commitments eight weeks ago
	 * @param openNow their open commitments now
	 */
	record ChartData(String title, List<String> weeks, List<Series> byStatus, List<String> places,
			List<Integer> openThen, List<Integer> openNow) {

		ChartData {
			weeks = List.copyOf(weeks);
			byStatus = List.copyOf(byStatus);
			places = List.copyOf(places);
			openThen = List.copyOf(openThen);
			openNow = List.copyOf(openNow);
		}

	}

	/** One status's counts, week by week. */
	record Series(String status, List<Integer> counts) {

		Series {
			counts = List.copyOf(counts);
		}

	}

}
