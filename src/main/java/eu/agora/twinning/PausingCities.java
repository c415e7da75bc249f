package eu.agora.twinning;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

/**
 * {@code /twin pause <city> until:<date>}, {@code /twin resume <city>} and
 * {@code /twin opt-out <city>}: paused and opted-out cities are not matched; a pause ends
 * by itself on its date.
 */
@Component
class PausingCities {

	private final Profiles profiles;

	private final CityDirectory cities;

	private final Clock clock;

	PausingCities(Profiles profiles, CityDirectory cities, Clock clock) {
		this.profiles = profiles;
		this.cities = cities;
		this.clock = clock;
	}

	City city(CommandCall call) {
		return cities.resolve(call.options().requiredText("city"));
	}

	Reply pause(CommandCall call) {
		City city = city(call);
		LocalDate until = call.options().date("until").orElseThrow();
		if (!until.isAfter(LocalDate.now(clock))) {
			throw new UserError("`until:" + until + "` is not in the future.",
					"Give the day matching resumes, e.g. `until:" + LocalDate.now(clock).plusMonths(3) + "`.");
		}
		change(call, city, until, false);
		return Reply.text(city.name() + " is paused until " + until
				+ ": it is not matched before then, and resumes by itself on that day.");
	}

	Reply resume(CommandCall call) {
		City city = city(call);
		change(call, city, null, false);
		return Reply.text(city.name() + " takes part in twinning again: the next matching includes it.");
	}

	Reply optOut(CommandCall call) {
		City city = city(call);
		change(call, city, null, true);
		return Reply.text(city.name() + " opted out of twinning: it is not matched until `/twin resume " + city.name()
				+ "`. Its pairs and their history stay.");
	}

	private void change(CommandCall call, City city, @Nullable LocalDate until, boolean out) {
		Profile before = profiles.orEmpty(city.key());
		Profile after = before.paused(until, out).changedBy(call.caller().personId(), clock.instant());
		if (!profiles.save(after, before.version())) {
			throw Conflicts.changedMeanwhile(city.name() + "'s profile", "/twin profile " + city.name());
		}
	}

}
