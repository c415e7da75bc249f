package eu.agora.twinning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.agora.conversation.UserError;
import eu.agora.directory.Domain;

/**
 * Reads what people type into a profile: domains or levers (by id or label), languages
 * (ISO codes or English names), each list comma-separated.
 */
final class ProfileInput {

	private ProfileInput() {
	}

	/** Domain or lever ids; {@code levers} are the ledger's. */
	static List<String> topics(String option, String typed, List<String> levers) {
		LinkedHashSet<String> ids = new LinkedHashSet<>();
		for (String part : parts(typed)) {
			String lever = levers.stream()
				.filter((id) -> id.equalsIgnoreCase(part) || id.replace('-', ' ').equalsIgnoreCase(part))
				.findFirst()
				.orElse(null);
			ids.add(Domain.parse(part)
				.map(Domain::id)
				.or(() -> Optional.ofNullable(lever))
				.orElseThrow(() -> new UserError("`" + part + "` in `" + option + ":` is neither a domain nor a lever.",
						"Domains: " + String.join(", ", Domain.ids()) + ". Levers: " + String.join(", ", levers)
								+ ". E.g. `" + option + ":energy,finance`.")));
		}
		return List.copyOf(ids);
	}

	/** ISO 639-1 codes. */
	static List<String> languages(String typed) {
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		for (String part : parts(typed)) {
			codes.add(language(part).orElseThrow(() -> new UserError("`" + part + "` is not a language I know.",
					"Give ISO codes or English names, e.g. `languages:en,pl` or `languages:English,Polish`.")));
		}
		return List.copyOf(codes);
	}

	private static Optional<String> language(String typed) {
		String lower = typed.toLowerCase(Locale.ROOT);
		for (String code : Locale.getISOLanguages()) {
			if (code.equals(lower) || Locale.of(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(typed)) {
				return Optional.of(code);
			}
		}
		return Optional.empty();
	}

	private static List<String> parts(String typed) {
		List<String> parts = new ArrayList<>();
		for (String part : typed.split("[,;]")) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

}
