package eu.agora.twinning;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.agora.conversation.Element;

/**
 * How twinning looks in replies: a profile card, a proposed group with its reasons, a
 * pair's history.
 */
final class TwinCards {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private TwinCards() {
	}

	static Element.Section profile(TwinProfile p, Profile declared) {
		List<Element.Field> fields = new ArrayList<>();
		fields.add(new Element.Field("Country", Scores.country(p.country())));
		fields.add(new Element.Field("Time zone", p.timeZone()));
		fields.add(new Element.Field("Mission status", p.missionCity() ? "Mission City" : "European city"));
		fields.add(new Element.Field("Strengths",
				topics(p.strengths()) + (p.strengthsFromLedger() ? " (from its commitments)" : "")));
		fields.add(new Element.Field("Needs", topics(p.needs())));
		fields.add(new Element.Field("Languages",
				p.languages().stream().map(Scores::language).collect(Collectors.joining(", "))));
		fields.add(new Element.Field("Population", (p.population() == null) ? "" : Scores.population(p.population())));
		fields.add(new Element.Field("Pilot", p.pilot() ? "yes" : "no"));
		fields.add(new Element.Field("Readiness", p.readiness() + " / 100 (from its commitments and panels)"));
		fields.add(new Element.Field("Plan owner office", (p.office() == null) ? "" : p.office()));
		fields.add(new Element.Field("Matching", availability(declared)));
		return new Element.Section(p.name() + " — twinning profile", null, fields);
	}

	static String availability(Profile declared) {
		if (declared.optedOut()) {
			return "opted out";
		}
		return (declared.pausedUntil() == null) ? "available" : "paused until " + declared.pausedUntil();
	}

	static String topics(Collection<String> ids) {
		return ids.stream().sorted().map(Scores::topic).collect(Collectors.joining(", "));
	}

	/** A proposed or published group: its cities, score and every reason. */
	static Element.Section group(String title, Cohort.Group group) {
		String reasons = group.reasons().stream().map((reason) -> "- " + reason).collect(Collectors.joining("\n"));
		return new Element.Section(title + " — score " + Scores.plain(group.score()), reasons, List.of());
	}

	static String names(List<String> keys, Function<String, String> cityName) {
		List<String> names = keys.stream().map(cityName).toList();
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
	}

	static Element.Section history(List<PairStep> steps, Function<String, String> personName) {
		String lines = steps.stream()
			.map((step) -> "- " + WHEN.format(step.at()) + " — **" + PairStatus.fromId(step.status()).label() + "**"
					+ ((step.actorId() == null) ? "" : " by " + personName.apply(step.actorId()))
					+ ((step.note() == null) ? "" : ": “" + step.note() + "”"))
			.collect(Collectors.joining("\n"));
		return new Element.Section("History (" + steps.size() + (steps.size() == 1 ? " step)" : " steps)"), lines,
				List.of());
	}

}
