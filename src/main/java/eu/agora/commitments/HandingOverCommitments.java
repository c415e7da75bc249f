package eu.agora.commitments;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.People;
import eu.agora.directory.Person;

/**
 * Continuity: {@code /commit handover} moves the contact;
 * {@code /city change-administration} asks a city's officers to re-affirm every open
 * commitment and sends them a handover pack.
 */
@Component
class HandingOverCommitments {

	private static final Logger log = LoggerFactory.getLogger(HandingOverCommitments.class);

	private final Ledger ledger;

	private final UpdatingCommitments updating;

	private final CityDirectory cities;

	private final People people;

	private final Messenger messenger;

	HandingOverCommitments(Ledger ledger, UpdatingCommitments updating, CityDirectory cities, People people,
			Messenger messenger) {
		this.ledger = ledger;
		this.updating = updating;
		this.cities = cities;
		this.people = people;
		this.messenger = messenger;
	}

	Reply handover(CommandCall call) {
		List<Commitment> commitments = chosen(call);
		Person to = people.resolve(call.options().requiredText("to"), call.inbound().platform());
		for (Commitment commitment : commitments) {
			if (!commitment.cityKey().equals(to.cityKey()) && (commitment.partnerOrganisationId() == null
					|| !commitment.partnerOrganisationId().equals(to.organisationId()))) {
				throw new UserError(to.displayName() + " is not an officer of " + cities.nameOf(commitment.cityKey())
						+ "; nothing was handed over.", "They register first with `/city register <city>`.");
			}
		}
		for (Commitment commitment : commitments) {
			ledger.change(commitment, (c) -> CommitmentCopies.contact(c, to.id()), "handed-over", call.caller(),
					call.options().text("note").orElse(null));
		}
		String ids = String.join(", ", commitments.stream().map(Commitment::id).toList());
		boolean told = tell(to.id(), Reply.text(call.caller().displayName() + " handed " + ids
				+ " over to you: you are now the contact. `/commit show <id>` has the history."));
		return Reply.text("Handed " + ids + " over to " + to.displayName() + "."
				+ (told ? " They have been told." : " They could not be told right now; please let them know."));
	}

	Reply changeAdministration(CommandCall call) {
		City city = cities.resolve(call.options().requiredText("city"));
		List<Commitment> open = ledger.openOf(city.key());
		int marked = 0;
		for (Commitment commitment : open) {
			if (!commitment.awaitingReaffirmation()) {
				ledger.change(commitment, (c) -> CommitmentCopies.reaffirmation(c, true), "reaffirmation-requested",
						call.caller(), call.options().text("note").orElse("change of administration"));
				marked++;
			}
		}
		List<Person> officers = people.officersOf(city.key());
		long told = officers.stream().filter((officer) -> tell(officer.id(), pack(city, open))).count();
		return Reply
			.text("Recorded a change of administration in " + city.name() + ": " + Plural.of(marked, "open commitment")
					+ ((marked == 1) ? " now awaits" : " now await") + " re-affirmation; handover pack sent to " + told
					+ " of " + Plural.of(officers.size(), "officer") + "." + (officers.isEmpty()
							? " No officer is registered yet — they will see it with `/commit list reaffirm`." : ""));
	}

	private Reply pack(City city, List<Commitment> open) {
		Reply pack = Reply
			.text("**Handover pack for " + city.name() + "**: the city's open commitments continue. Please "
					+ "review each and confirm it with `/commit reaffirm <id>`.");
		for (Commitment commitment : open.stream()
			.map((c) -> ledger.byId(c.storedId()))
			.flatMap(Optional::stream)
			.toList()) {
			pack = pack.with(CommitmentCards.card(commitment, cities::nameOf, people::nameOf))
				.with(CommitmentCards.history(ledger.history(commitment.storedId()), people::nameOf));
		}
		return pack;
	}

	/** The commitments a handover names: one by id, or a city's open ones. */
	List<Commitment> chosen(CommandCall call) {
		if (call.options().text("id").isPresent() == call.options().text("city").isPresent()) {
			throw new UserError("Name either one commitment or a city.",
					"`/commit handover C-17 to:@ola` or `/commit handover city:Lodz to:@ola`.");
		}
		if (call.options().text("id").isPresent()) {
			return List.of(updating.find(call.options().requiredText("id")));
		}
		City city = cities.resolve(call.options().requiredText("city"));
		List<Commitment> open = ledger.openOf(city.key());
		if (open.isEmpty()) {
			throw new UserError(city.name() + " has no open commitments to hand over.");
		}
		return open;
	}

	private boolean tell(String personId, Reply message) {
		try {
			messenger.send(new Address.Person(personId), message.visibleTo(Visibility.DIRECT));
			return true;
		}
		catch (Messenger.UndeliverableException ex) {
			log.warn("Could not reach {}: {}", personId, ex.getMessage());
			return false;
		}
	}

}
