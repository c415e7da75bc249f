package eu.agora.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What the directory holds about a person: the person with their identities, city,
 * organisation and roles, their membership requests, the audit events about them and the
 * invite codes they issued, and the roles waiting for one of their accounts or granted by
 * them to an account that has not written yet. Erasing anonymises the audit history and
 * deletes the rest; {@link ErasingPeople} runs it after every other module, which may
 * still need the name.
 */
@Component
class DirectoryPersonalData implements PersonalData {

	private final People people;

	private final Affiliations affiliations;

	private final MembershipRequests requests;

	private final AuditTrail trail;

	private final InviteCodes invites;

	private final PendingGrantsOfPeople grants;

	DirectoryPersonalData(People people, Affiliations affiliations, MembershipRequests requests, AuditTrail trail,
			InviteCodes invites, PendingGrantsOfPeople grants) {
		this.grants = grants;
		this.people = people;
		this.affiliations = affiliations;
		this.requests = requests;
		this.trail = trail;
		this.invites = invites;
	}

	@Override
	public String section() {
		return "directory";
	}

	@Override
	public Object heldAbout(String personId) {
		Map<String, Object> held = new LinkedHashMap<>();
		people.byId(personId).ifPresent((person) -> held.put("person", person));
		held.put("membershipRequests", requests.of(personId));
		held.put("auditEvents", trail.involving(personId));
		held.put("inviteCodesIssued", invites.issuedBy(personId));
		held.put("rolesWaitingForYourAccounts", grants.waitingFor(identities(personId)));
		held.put("rolesYouGrantedThatWait", grants.grantedBy(personId));
		return held;
	}

	@Override
	public void erase(String personId, String anonymousSubject) {
		trail.anonymise(personId, anonymousSubject);
		requests.erase(personId, anonymousSubject);
		invites.anonymise(personId, anonymousSubject);
		grants.erase(identities(personId), personId, anonymousSubject);
		affiliations.delete(personId);
	}

	private List<String> identities(String personId) {
		return people.byId(personId).map(Person::identities).orElse(List.of());
	}

	/** Every module's data but the directory's: they are erased first. */
	static List<PersonalData> others(List<PersonalData> all) {
		return all.stream().filter((data) -> !(data instanceof DirectoryPersonalData)).toList();
	}

}
