package eu.agora.twinning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Names;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

/**
 * {@code /twin cohort create|add|show}, {@code /twin round} and {@code /twin exclude}.
 */
@Component
class RunningCohorts {

	static final int MAX_NAME = 80;

	private final Cohorts cohorts;

	private final Pairs pairs;

	private final Exclusions exclusions;

	private final CityDirectory cities;

	private final Clock clock;

	RunningCohorts(Cohorts cohorts, Pairs pairs, Exclusions exclusions, CityDirectory cities, Clock clock) {
		this.cohorts = cohorts;
		this.pairs = pairs;
		this.exclusions = exclusions;
		this.cities = cities;
		this.clock = clock;
	}

	Reply create(CommandCall call) {
		String name = Names.checked("A cohort's name", call.options().requiredText("name"));
		if (name.length() > MAX_NAME || Cohort.idFor(name).isEmpty()) {
			throw new UserError("A cohort's name has letters or digits and at most " + MAX_NAME + " characters.");
		}
		Cohort cohort = new Cohort(Cohort.idFor(name), name, List.of(), 1, null, false, List.of(), List.of(),
				call.caller().personId(), clock.instant(), 0);
		if (!cohorts.add(cohort)) {
			String taken = cohorts.byId(cohort.id()).map(Cohort::name).orElse(name);
			throw new UserError("There is already a cohort called \"" + taken + "\".",
					"Choose another name, or add cities to it with `/twin cohort add " + quoted(taken) + " <city>…`.");
		}
		return Reply.text("Created the cohort **" + name + "**. Add its cities with `/twin cohort add " + quoted(name)
				+ " <city> <city>…`.");
	}

	Reply add(CommandCall call) {
		Cohort cohort = cohorts.named(call.options().requiredText("cohort"));
		List<City> typed = CityLists.resolve(cities, call.options().requiredText("cities"));
		Set<String> adding = new LinkedHashSet<>();
		for (City city : typed) {
			if (cohort.cities().contains(city.key())) {
				throw new UserError(city.name() + " is already in " + cohort.name() + "; nothing was added.",
						"Leave it out and add the others.");
			}
			if (!adding.add(city.key())) {
				throw new UserError(city.name() + " is named twice; nothing was added.", "Name each city once.");
			}
		}
		List<String> all = new ArrayList<>(cohort.cities());
		all.addAll(adding);
		Cohort changed = cohorts.change(cohort, (c) -> c.with(all, c.proposal(), c.locks()));
		return Reply.text("Added " + TwinCards.names(List.copyOf(adding), cities::nameOf) + " to **" + cohort.name()
				+ "**, which now has " + Plural.of(changed.cities().size(), "city", "cities") + "."
				+ ((changed.cities().size() < 2) ? " A matching needs at least two."
						: " Match them with `/twin match " + quoted(cohort.name()) + "`."));
	}

	Reply show(CommandCall call) {
		Cohort cohort = cohorts.named(call.options().requiredText("cohort"));
		List<Element> elements = new ArrayList<>();
		String state = cohort.published() ? "published" : (cohort.proposal() == null) ? "not matched yet" : "proposed";
		elements.add(new Element.Section(cohort.name(), null, List.of(
				new Element.Field("Cities", TwinCards.names(cohort.cities(), cities::nameOf)),
				new Element.Field("Round", cohort.round() + " — " + state),
				new Element.Field("Locked", String.join("; ",
						cohort.locks().stream().map((lock) -> TwinCards.names(lock, cities::nameOf)).toList())))));
		Cohort.Proposal proposal = cohort.proposal();
		if (proposal != null && !cohort.published()) {
			proposal.groups()
				.forEach((group) -> elements
					.add(TwinCards.group(TwinCards.names(group.cities(), cities::nameOf), group)));
		}
		String earlier = pairs.ofCohort(cohort.id())
			.stream()
			.map((pair) -> "- **" + pair.id() + "** round " + pair.round() + ": "
					+ TwinCards.names(pair.cities(), cities::nameOf) + " — " + pair.pairStatus().label())
			.reduce((a, b) -> a + "\n" + b)
			.orElse("none yet");
		elements.add(new Element.Section("Published pairs", earlier, List.of()));
		return new Reply(elements, Visibility.EPHEMERAL, false);
	}

	Reply round(CommandCall call) {
		Cohort cohort = cohorts.named(call.options().requiredText("cohort"));
		if (!cohort.published()) {
			throw new UserError("Round " + cohort.round() + " of " + cohort.name() + " is not published yet.",
					"Match and publish it first: `/twin match " + quoted(cohort.name()) + "`, then `/twin publish "
							+ quoted(cohort.name()) + "`.");
		}
		Cohort next = cohorts.change(cohort, Cohort::nextRound);
		return Reply.text("Round " + next.round() + " of **" + cohort.name()
				+ "** is open; its matching avoids every pair of the earlier rounds. Run `/twin match "
				+ quoted(cohort.name()) + "`.");
	}

	Reply exclude(CommandCall call) {
		City a = cities.resolve(call.options().requiredText("city"));
		City b = cities.resolve(call.options().requiredText("other"));
		if (a.key().equals(b.key())) {
			throw new UserError("A city cannot be excluded from itself (" + a.name() + " twice).",
					"Name two different cities: `/twin exclude <city> <other city>`.");
		}
		boolean added = exclusions.add(new Exclusions.Exclusion(PairScores.key(a.key(), b.key()), a.key(), b.key(),
				call.caller().personId(), clock.instant()));
		return Reply.text(added ? a.name() + " and " + b.name() + " will never be matched."
				: a.name() + " and " + b.name() + " were excluded already.");
	}

	static String quoted(String name) {
		return name.contains(" ") ? "\"" + name + "\"" : name;
	}

}
