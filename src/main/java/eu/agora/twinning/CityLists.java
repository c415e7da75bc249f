package eu.agora.twinning;

import java.util.ArrayList;
import java.util.List;

import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

/**
 * Reads several cities typed in one option: separated by commas ({@code Lodz, The
 * Hague}) or by spaces ({@code Lodz Seville The Hague}), where the longest run of words
 * that names a city wins.
 */
final class CityLists {

	private static final int LONGEST_NAME = 4;

	private CityLists() {
	}

	static List<City> resolve(CityDirectory cities, String typed) {
		List<City> found = new ArrayList<>();
		if (typed.contains(",")) {
			for (String part : typed.split(",")) {
				if (!part.isBlank()) {
					found.add(cities.resolve(part.strip()));
				}
			}
			return found;
		}
		String[] words = typed.strip().split("\\s+");
		int i = 0;
		while (i < words.length) {
			int end = longestName(cities, words, i);
			if (end < 0) {
				cities.resolve(words[i]);
				throw new UserError("I could not read `" + words[i] + "` as a city.");
			}
			found.add(cities.resolve(String.join(" ", List.of(words).subList(i, end))));
			i = end;
		}
		return found;
	}

	/**
	 * The end (exclusive) of the longest run of words from {@code start} naming a city.
	 */
	private static int longestName(CityDirectory cities, String[] words, int start) {
		for (int end = Math.min(words.length, start + LONGEST_NAME); end > start; end--) {
			try {
				cities.resolve(String.join(" ", List.of(words).subList(start, end)));
				return end;
			}
			catch (UserError notACity) {
				// a shorter run may be one
			}
		}
		return -1;
	}

}
