package eu.agora.digest;

/**
 * How a count changed since last week, in words.
 */
final class Changes {

	private Changes() {
	}

	static String since(long now, long lastWeek) {
		long delta = now - lastWeek;
		if (delta == 0) {
			return "same as last week";
		}
		return ((delta > 0) ? "+" : "−") + Math.abs(delta) + " on last week (" + lastWeek + ")";
	}

	static String plural(long count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

}
