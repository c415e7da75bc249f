package eu.agora.twinning;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.commitments.CityCommitments;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Options;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

/**
 * {@code /twin profile}: shows a city's twinning profile, or — with {@code strengths:},
 * {@code needs:}, {@code languages:}, {@code population:}, {@code pilot:} or
 * {@code office:} ({@code /twin profile set city:…} reads the same) — changes it. Every
 * value is checked before anything is stored.
 */
@Component
class ProfilingCities {

	static final List<String> CHANGES = List.of("strengths", "needs", "languages", "population", "pilot", "office");

	static final int MAX_OFFICE = 200;

	private final Profiles profiles;

	private final CityProfiles views;

	private final CityDirectory cities;

	private final CityCommitments commitments;

	private final Clock clock;

	ProfilingCities(Profiles profiles, CityProfiles views, CityDirectory cities, CityCommitments commitments,
			Clock clock) {
		this.profiles = profiles;
		this.views = views;
		this.cities = cities;
		this.commitments = commitments;
		this.clock = clock;
	}

	/** Whether the call changes the profile. */
	static boolean changes(CommandCall call) {
		return CHANGES.stream().anyMatch(call.options()::has);
	}

	/**
	 * The city the call is about: named ({@code set} first is allowed), or the caller's.
	 */
	City city(CommandCall call) {
		String typed = call.options().text("city").map(String::strip).orElse("");
		if (!typed.isEmpty()) {
			return cities.resolve(typed);
		}
		String own = call.caller().cityKey();
		if (own == null) {
			throw new UserError("Name the city, e.g. `/twin profile Lodz`.",
					"Officers who registered with `/city register <city>` may leave it out for their own city.");
		}
		return cities.byKey(own).orElseThrow(() -> new UserError("Name the city, e.g. `/twin profile Lodz`."));
	}

	Reply profile(CommandCall call) {
		City city = city(call);
		Profile declared = profiles.orEmpty(city.key());
		if (!changes(call)) {
			return Reply.of(TwinCards.profile(views.of(city, declared), declared));
		}
		Profile changed = changed(declared, call.options()).changedBy(call.caller().personId(), clock.instant());
		if (!profiles.save(changed, declared.version())) {
			throw Conflicts.changedMeanwhile(city.name() + "'s profile", "/twin profile " + city.name());
		}
		return Reply.of(new Element.Text("Saved " + city.name() + "'s twinning profile."),
				TwinCards.profile(views.of(city, changed), changed));
	}

	private Profile changed(Profile p, Options options) {
		List<String> levers = commitments.levers();
		List<String> strengths = options.text("strengths")
			.map((typed) -> ProfileInput.topics("strengths", typed, levers))
			.orElse(p.strengths());
		List<String> needs = options.text("needs")
			.map((typed) -> ProfileInput.topics("needs", typed, levers))
			.orElse(p.needs());
		List<String> languages = options.text("languages").map(ProfileInput::languages).orElse(p.languages());
		Long population = options.integer("population").orElse(p.population());
		if (population != null && population <= 0) {
			throw new UserError("`population:` is a number of people above zero, e.g. `population:690000`.");
		}
		boolean pilot = options.bool("pilot").orElse(p.pilot());
		String office = office(options.text("office").orElse(p.office()));
		return new Profile(p.cityKey(), strengths, needs, languages, population, pilot, office, p.pausedUntil(),
				p.optedOut(), p.updatedBy(), p.updatedAt(), p.version());
	}

	private static @Nullable String office(@Nullable String office) {
		if (office != null && office.strip().length() > MAX_OFFICE) {
			throw new UserError("`office:` is at most " + MAX_OFFICE + " characters.");
		}
		return (office == null || office.isBlank()) ? null : office.strip();
	}

}
