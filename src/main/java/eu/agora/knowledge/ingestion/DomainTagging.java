package eu.agora.knowledge.ingestion;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.agora.directory.Domain;

/**
 * Which of the Mission's domains a passage is about, for the {@code domain:} filter: a
 * domain whose key words the passage (with its section path) uses at least twice. Plain
 * and explainable; a document's own front matter adds its domains to every passage.
 */
final class DomainTagging {

	private static final Map<Domain, Pattern> WORDS = new LinkedHashMap<>();

	static {
		words(Domain.ENERGY, "energy", "electricit", "heat pump", "district heat", "heating", "renewable", "solar",
				"photovoltai", "wind power", "wind turbine", "coal", "natural gas", "geothermal", "biomass", "grid");
		words(Domain.MOBILITY, "mobility", "transport", "public transit", "bus", "buses", "tram", "metro", "cycling",
				"bicycle", "bike", "car", "cars", "vehicle", "parking", "pedestrian", "walking", "traffic", "charging");
		words(Domain.BUILDINGS, "building", "renovat", "retrofit", "insulat", "housing", "dwelling", "construction",
				"energy performance", "façade", "facade");
		words(Domain.WASTE_CIRCULARITY, "waste", "recycl", "circular", "landfill", "reuse", "compost", "incinerat");
		words(Domain.NATURE_BASED_SOLUTIONS, "nature-based", "green infrastructure", "tree", "trees", "park", "parks",
				"biodiversity", "green roof", "urban forest", "carbon sink", "green space", "greening");
		words(Domain.GOVERNANCE_FINANCE, "governance", "funding", "financ", "investment", "budget", "procurement",
				"stakeholder", "participat", "citizen", "partnership", "loan", "grant");
		words(Domain.INDUSTRY, "industr", "manufactur", "business", "companies", "enterprise");
		words(Domain.WATER, "water", "wastewater", "flood", "drainage", "rainwater", "stormwater", "sewage");
		words(Domain.AGRICULTURE_FOOD, "agricultur", "food", "farm", "afolu", "livestock", "soil", "crop");
	}

	private DomainTagging() {
	}

	static List<String> domainsOf(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return WORDS.entrySet()
			.stream()
			.filter((entry) -> hits(entry.getValue().matcher(lower)) >= 2)
			.map((entry) -> entry.getKey().id())
			.toList();
	}

	private static int hits(Matcher matcher) {
		int count = 0;
		while (matcher.find() && count < 2) {
			count++;
		}
		return count;
	}

	private static void words(Domain domain, String... stems) {
		String alternatives = String.join("|", Arrays.stream(stems).map(Pattern::quote).toList());
		WORDS.put(domain, Pattern.compile("\\b(?:" + alternatives + ")"));
	}

}
