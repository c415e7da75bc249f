package eu.agora.commitments;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.ObjectRule;
import eu.agora.conversation.Role;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

/**
 * Who may see and change which commitments: officers their own city's, partner
 * representatives their organisation's, coordinators read within their scope, admins all.
 * The rules about one commitment or city are declared on the catalog's specs, which run
 * them before the handler.
 */
@Component
class CommitmentAccess {

	private final CityDirectory cities;

	CommitmentAccess(CityDirectory cities) {
		this.cities = cities;
	}

	boolean mayChange(Caller caller, String cityKey, @Nullable String partnerOrganisationId) {
		if (caller.isAdmin()) {
			return true;
		}
		boolean officerOfCity = caller.has(Role.OFFICER) && cityKey.equals(caller.cityKey());
		boolean representsPartner = partnerOrganisationId != null && caller.has(Role.PARTNER)
				&& partnerOrganisationId.equals(caller.organisationId());
		return officerOfCity || representsPartner;
	}

	boolean mayRead(Caller caller, Commitment commitment) {
		return mayChange(caller, commitment.cityKey(), commitment.partnerOrganisationId())
				|| coordinates(caller, commitment.cityKey());
	}

	/** Whether the caller coordinates the city (EU scope, its country or its region). */
	boolean coordinates(Caller caller, String cityKey) {
		return cities.byKey(cityKey)
			.map((city) -> caller.roles()
				.stream()
				.anyMatch((grant) -> grant.role() == Role.COORDINATOR && city.isCoveredBy(grant.scope())))
			.orElse(false);
	}

	/** Who may change the commitment {@code commitment} finds for a call. */
	ObjectRule changersOf(Function<CommandCall, Commitment> commitment) {
		return new ObjectRule("officers of the commitment's city, or its partner's representatives",
				(call) -> refusalToChange(call.caller(), List.of(commitment.apply(call))));
	}

	/**
	 * Who may change every one of the commitments {@code commitments} finds for a call.
	 */
	ObjectRule changersOfAll(Function<CommandCall, List<Commitment>> commitments) {
		return new ObjectRule("officers of the commitments' city, or their partner's representatives",
				(call) -> refusalToChange(call.caller(), commitments.apply(call)));
	}

	private Optional<UserError> refusalToChange(Caller caller, List<Commitment> commitments) {
		return commitments.stream()
			.filter((found) -> !mayChange(caller, found.cityKey(), found.partnerOrganisationId()))
			.findFirst()
			.map((found) -> notChanger(found.cityKey()));
	}

	/** Who may see the commitment {@code commitment} finds for a call. */
	ObjectRule readersOf(Function<CommandCall, Commitment> commitment) {
		return new ObjectRule(
				"officers of the commitment's city, its partner's representatives, and coordinators of the city",
				(call) -> {
					Commitment found = commitment.apply(call);
					return mayRead(call.caller(), found) ? Optional.empty()
							: Optional.of(new UserError("You can't see " + found.id() + ": it belongs to another city.",
									"Officers see their own city's commitments, coordinators those in their scope."));
				});
	}

	/** Moderators, and coordinators of the city named by option {@code city}. */
	ObjectRule moderatorsAndCoordinatorsOfCity() {
		return new ObjectRule("moderators, and coordinators of that city", (call) -> {
			City city = cities.resolve(call.options().requiredText("city"));
			return (call.caller().has(Role.MODERATOR) || coordinates(call.caller(), city.key())) ? Optional.empty()
					: Optional.of(new UserError("Only moderators, admins and coordinators of " + city.name()
							+ " record a change of administration."));
		});
	}

	void checkChange(Caller caller, String cityKey, @Nullable String partnerOrganisationId) {
		if (!mayChange(caller, cityKey, partnerOrganisationId)) {
			throw notChanger(cityKey);
		}
	}

	private UserError notChanger(String cityKey) {
		return new UserError(
				"Only " + cities.nameOf(cityKey)
						+ "'s officers (or the partner organisation's representatives) change its commitments.",
				"Nothing was changed. Register with your own city (`/city register <city>`) to log its commitments.");
	}

}
