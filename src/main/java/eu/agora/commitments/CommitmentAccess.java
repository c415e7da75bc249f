package eu.agora.commitments;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

/**
 * Who may see and change which commitments: officers their own city's, partner
 * representatives their organisation's, coordinators read within their scope, admins all.
 */
@Component
class CommitmentAccess {

	private final CityDirectory cities;

	CommitmentAccess(CityDirectory cities) {
		this.cities = cities;
	}

	boolean mayChange(Caller caller, String cityKey, String partnerOrganisationId) {
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
		City city = cities.byKey(cityKey).orElse(null);
		if (city == null) {
			return false;
		}
		return caller.roles()
			.stream()
			.filter((grant) -> grant.role() == Role.COORDINATOR)
			.map(RoleGrant::scope)
			.anyMatch((scope) -> RoleGrant.EU.equals(scope) || scope.equals("country:" + city.country())
					|| scope.equals("region:" + city.region())
					|| scope.equals("region:" + city.country() + "/" + city.region()));
	}

	void checkChange(Caller caller, String cityKey, String partnerOrganisationId) {
		if (!mayChange(caller, cityKey, partnerOrganisationId)) {
			String name = cities.nameOf(cityKey);
			throw new UserError(
					"Only " + name
							+ "'s officers (or the partner organisation's representatives) change its commitments.",
					"Nothing was changed. Register with your own city (`/city register <city>`) to log its commitments.");
		}
	}

	void checkRead(Caller caller, Commitment commitment) {
		if (!mayRead(caller, commitment)) {
			throw new UserError("You can't see " + commitment.id() + ": it belongs to another city.",
					"Officers see their own city's commitments, coordinators those in their scope.");
		}
	}

}
