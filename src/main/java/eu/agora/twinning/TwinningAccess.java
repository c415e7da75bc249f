package eu.agora.twinning;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.ObjectRule;
import eu.agora.conversation.Role;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.People;
import eu.agora.directory.Person;

/**
 * Who may do what in twinning: moderators (and the coordinator who created a cohort) run
 * cohorts; a city's officers and coordinators look after its profile and pauses; the
 * officers of a pair's cities, their coordinators and moderators move the pair. Declared
 * on {@code /twin}'s specs in the catalog, which runs them before the handler.
 */
@Component
class TwinningAccess {

	private final CityDirectory cities;

	private final People people;

	TwinningAccess(CityDirectory cities, People people) {
		this.cities = cities;
		this.people = people;
	}

	/** Whether the caller coordinates the city: EU scope, its country or its region. */
	boolean coordinates(Caller caller, String cityKey) {
		City city = cities.byKey(cityKey).orElse(null);
		return city != null && caller.has(Role.COORDINATOR)
				&& people.coordinatorsOf(city).stream().map(Person::id).anyMatch(caller.personId()::equals);
	}

	boolean stewards(Caller caller, String cityKey) {
		return caller.isAdmin() || cityKey.equals(caller.cityKey()) || coordinates(caller, cityKey);
	}

	/** Moderators, and the coordinator who created the cohort {@code cohort} finds. */
	ObjectRule organisersOf(Function<CommandCall, Cohort> cohort) {
		return new ObjectRule("moderators, and the coordinator who created that cohort", (call) -> {
			Cohort found = cohort.apply(call);
			Caller caller = call.caller();
			boolean organiser = caller.has(Role.MODERATOR) || caller.personId().equals(found.createdBy());
			return organiser ? Optional.empty()
					: Optional.of(new UserError(
							"Only moderators and the coordinator who created " + found.name() + " run its matching.",
							"Ask a moderator, or an admin."));
		});
	}

	/**
	 * Officers and coordinators of the city {@code city} finds; only for calls that
	 * {@code changes} says change something; {@code people} says who passes in words.
	 */
	ObjectRule stewardsOf(Function<CommandCall, City> city, Function<CommandCall, Boolean> changes, String people) {
		return new ObjectRule(people, (call) -> {
			if (!changes.apply(call)) {
				return Optional.empty();
			}
			City found = city.apply(call);
			return stewards(call.caller(), found.key()) ? Optional.empty()
					: Optional.of(new UserError("Only " + found.name() + "'s officers and coordinators change that.",
							"Nothing was changed. Officers register with `/city register " + found.name() + "`."));
		});
	}

	/** Officers of the pair's cities, their coordinators, and moderators. */
	ObjectRule membersOf(Function<CommandCall, Pair> pair) {
		return new ObjectRule("officers of that pair's cities, their coordinators, and moderators", (call) -> {
			Pair found = pair.apply(call);
			Caller caller = call.caller();
			boolean member = caller.has(Role.MODERATOR)
					|| found.cities().stream().anyMatch((city) -> stewards(caller, city));
			return member ? Optional.empty()
					: Optional.of(new UserError(
							found.id() + " is moved by the officers of its cities (" + names(found.cities())
									+ "), their coordinators and moderators.",
							"Register with your city first: `/city register <city>`."));
		});
	}

	private String names(List<String> keys) {
		return String.join(", ", keys.stream().map(cities::nameOf).toList());
	}

}
