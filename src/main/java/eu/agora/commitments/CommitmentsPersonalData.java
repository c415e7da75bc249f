package eu.agora.commitments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Caller;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Reply;
import eu.agora.directory.People;
import eu.agora.directory.Person;
import eu.agora.directory.PersonalData;

/**
 * What the ledger holds about a person: the commitments they are the contact for and the
 * history events they made. Erasing them makes each such commitment fall back to its
 * owner office (no contact person; an event in its history) and asks the city's officers
 * to name a new contact; the events stay, under the anonymous subject.
 */
@Component
class CommitmentsPersonalData implements PersonalData {

	private static final Logger log = LoggerFactory.getLogger(CommitmentsPersonalData.class);

	private final Ledger ledger;

	private final ActorHistory history;

	private final People people;

	private final Messenger messenger;

	CommitmentsPersonalData(Ledger ledger, ActorHistory history, People people, Messenger messenger) {
		this.ledger = ledger;
		this.history = history;
		this.people = people;
		this.messenger = messenger;
	}

	@Override
	public String section() {
		return "commitments";
	}

	@Override
	public Object heldAbout(String personId) {
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("contactFor",
				ledger.matching(CommitmentFilter.ANY.withContact(personId))
					.stream()
					.map((c) -> Map.of("id", String.valueOf(c.id()), "title", c.title(), "city", c.cityKey()))
					.toList());
		held.put("historyEvents",
				history.byActor(personId)
					.stream()
					.map((event) -> Map.of("commitment", event.commitmentId(), "type", event.type(), "at",
							event.at().toString(), "note", (event.note() == null) ? "" : event.note()))
					.toList());
		return held;
	}

	@Override
	public void erase(String personId, String anonymousSubject) {
		Caller agora = new Caller("agora", "Agora", Set.of(), null, null);
		for (Commitment commitment : ledger.matching(CommitmentFilter.ANY.withContact(personId))) {
			Commitment changed = ledger.change(commitment, (c) -> CommitmentCopies.contact(c, null), "contact-erased",
					agora, "the contact's data was erased; " + commitment.owner() + " answers for it");
			askForContact(changed, personId);
		}
	}

	private void askForContact(Commitment commitment, String erased) {
		Reply ask = Reply.text("**" + commitment.id() + "** “" + commitment.title() + "” has no contact person any "
				+ "more (their data was erased at their request); " + commitment.owner() + " answers for it until "
				+ "you name a new contact with `/commit handover " + commitment.id() + " to:<person>`.");
		List<Person> officers = people.officersOf(commitment.cityKey())
			.stream()
			.filter((officer) -> !officer.id().equals(erased))
			.toList();
		for (Person officer : officers) {
			try {
				messenger.send(new Address.Person(officer.id()), ask);
			}
			catch (Messenger.UndeliverableException ex) {
				log.info("Could not ask {} for a new contact of {}: {}", officer.id(), commitment.id(),
						ex.getMessage());
			}
		}
	}

}
