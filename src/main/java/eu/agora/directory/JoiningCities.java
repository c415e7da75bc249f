package eu.agora.directory;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Caller;
import eu.agora.conversation.Element;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;

/**
 * Joining a city or an organisation is a request: it stays pending, and the requester
 * acts for nobody, until one of the {@link Approvers} approves it (or declines it).
 * Someone who could approve their own request (an admin, a coordinator of the city) joins
 * at once. Every step is written to the audit history before the change it records.
 */
@Component
class JoiningCities {

	static final String APPROVE = "membership:approve";

	static final String DECLINE = "membership:decline";

	private static final Logger log = LoggerFactory.getLogger(JoiningCities.class);

	private final MembershipRequests requests;

	private final Affiliations affiliations;

	private final Approvers approvers;

	private final Auditing audit;

	private final Messenger messenger;

	private final People people;

	private final Clock clock;

	JoiningCities(MembershipRequests requests, Affiliations affiliations, Approvers approvers, Auditing audit,
			Messenger messenger, People people, Clock clock) {
		this.requests = requests;
		this.affiliations = affiliations;
		this.approvers = approvers;
		this.audit = audit;
		this.messenger = messenger;
		this.people = people;
		this.clock = clock;
	}

	/** Asks to join {@code scope}; the reply for the requester. */
	Reply request(Caller caller, String scope) {
		String name = approvers.nameOf(scope);
		if (approvers.mayDecide(caller, scope)) {
			audit.record(AuditEvent.GRANTED, caller.personId(), caller.personId(), scope, "may approve themselves");
			join(caller.personId(), scope);
			return Reply.text("You are now " + role(scope) + " **" + name + "**.");
		}
		MembershipRequest request = requests.open(caller.personId(), scope, clock.instant());
		audit.record(AuditEvent.REQUESTED, caller.personId(), caller.personId(), scope, request.id());
		int asked = ask(request, caller.displayName(), name);
		return Reply.text("Your request to become " + role(scope) + " **" + name + "** is pending (" + request.id()
				+ "). " + asked(asked) + " Until it is approved you act for nobody; an officer can also give you "
				+ "an invite code (`/city register <city> code:<code>`).");
	}

	/**
	 * Approves or declines the pending request of {@code personId} of the kind of
	 * {@code prefix}.
	 */
	Reply decide(Caller caller, Person person, String prefix, boolean approve) {
		MembershipRequest request = requests.pending(person.id(), prefix)
			.orElseThrow(() -> new UserError(
					person.displayName() + " has no pending request to join "
							+ (prefix.equals(MembershipRequest.CITY) ? "a city" : "an organisation") + ".",
					"Their requests reach you as messages with Approve / Decline buttons."));
		return decide(caller, request, approve);
	}

	/** Approves or declines the request {@code requestId} (the buttons). */
	Reply decide(Caller caller, String requestId, boolean approve) {
		MembershipRequest request = requests.byId(requestId)
			.orElseThrow(() -> new UserError("There is no membership request " + requestId + "."));
		return decide(caller, request, approve);
	}

	private Reply decide(Caller caller, MembershipRequest request, boolean approve) {
		String name = approvers.nameOf(request.scope());
		String who = people.nameOf(request.personId());
		if (!approvers.mayDecide(caller, request.scope())) {
			throw new UserError("Only " + name + "'s " + (request.isCity() ? "officers" : "representatives")
					+ ", its coordinators and admins decide who joins it.", "Nothing was changed.");
		}
		if (request.status() != MembershipRequest.Status.PENDING) {
			return Reply.text(who + "'s request " + request.id() + " was already "
					+ request.status().name().toLowerCase(Locale.ROOT) + ".");
		}
		audit.record(approve ? AuditEvent.APPROVED : AuditEvent.DECLINED, request.personId(), caller.personId(),
				request.scope(), request.id());
		if (!requests.decide(request.id(),
				approve ? MembershipRequest.Status.APPROVED : MembershipRequest.Status.DECLINED, caller.personId(),
				clock.instant())) {
			return Reply.text(who + "'s request " + request.id() + " was decided by someone else just now.");
		}
		if (approve) {
			join(request.personId(), request.scope());
		}
		tell(request.personId(), Reply.text("Your request to become " + role(request.scope()) + " **" + name + "** was "
				+ (approve ? "approved" : "declined") + " by " + caller.displayName() + "."));
		return Reply.text((approve ? "Approved: " + who + " is now " : "Declined: " + who + " is not ")
				+ role(request.scope()) + " " + name + ".");
	}

	/** Ends the membership of {@code person} in their city or organisation. */
	Reply remove(Caller caller, Person person, String prefix) {
		boolean city = prefix.equals(MembershipRequest.CITY);
		String target = city ? person.cityKey() : person.organisationId();
		if (target == null) {
			throw new UserError(
					person.displayName() + " is not "
							+ (city ? "an officer of any city" : "a representative of any organisation") + ".",
					"See their membership with `/agora audit " + person.id() + "`.");
		}
		String scope = prefix + target;
		if (!approvers.mayDecide(caller, scope)) {
			throw new UserError("Only " + approvers.nameOf(scope) + "'s " + (city ? "officers" : "representatives")
					+ ", its coordinators and admins remove its members.", "Nothing was changed.");
		}
		audit.record(AuditEvent.REMOVED, person.id(), caller.personId(), scope, null);
		if (city) {
			affiliations.leaveCity(person.id());
		}
		else {
			affiliations.leaveOrganisation(person.id());
		}
		tell(person.id(),
				Reply.text(caller.displayName() + " ended your membership of **" + approvers.nameOf(scope) + "**."));
		return Reply.text(person.displayName() + " is no longer " + role(scope) + " " + approvers.nameOf(scope) + ".");
	}

	void join(String personId, String scope) {
		String target = scope.substring(scope.indexOf(':') + 1);
		if (scope.startsWith(MembershipRequest.CITY)) {
			affiliations.registerWithCity(personId, target);
		}
		else {
			affiliations.joinOrganisation(personId, target);
		}
	}

	private int ask(MembershipRequest request, String requester, String name) {
		Reply message = Reply.of(
				new Element.Text("**" + requester + "** (" + request.personId() + ") asks to become "
						+ role(request.scope()) + " **" + name + "** (" + request.id()
						+ "). Approve only if you know they " + "work there; or type `/"
						+ (request.isCity() ? "city" : "org") + " approve " + request.personId() + "`."),
				new Element.Actions(
						List.of(new Element.Button(APPROVE, "Approve", request.id(), Element.Button.Style.PRIMARY),
								new Element.Button(DECLINE, "Decline", request.id(), Element.Button.Style.DANGER))));
		int reached = 0;
		for (Person approver : approvers.of(request.scope())) {
			if (!approver.id().equals(request.personId()) && tell(approver.id(), message)) {
				reached++;
			}
		}
		return reached;
	}

	private boolean tell(String personId, Reply message) {
		try {
			messenger.send(new Address.Person(personId), message);
			return true;
		}
		catch (Messenger.UndeliverableException ex) {
			log.info("Could not tell {} about a membership: {}", personId, ex.getMessage());
			return false;
		}
	}

	private static String asked(int asked) {
		return (asked == 0)
				? "Nobody who may approve it could be reached right now; ask one of its officers for an invite code."
				: "It was sent to " + asked + ((asked == 1) ? " person" : " people") + " who may approve it.";
	}

	static String role(String scope) {
		return scope.startsWith(MembershipRequest.CITY) ? "an officer of" : "a representative of";
	}

}
