package eu.agora.twinning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;
import eu.agora.directory.People;
import eu.agora.directory.Person;

/**
 * Sends a message to the officers of a pair's cities: one private group conversation when
 * one platform has them all, else to each of them directly. Says whom it reached and
 * which cities have no registered officer.
 */
@Component
class GroupDelivery {

	private static final Logger log = LoggerFactory.getLogger(GroupDelivery.class);

	private final Messenger messenger;

	private final People people;

	GroupDelivery(Messenger messenger, People people) {
		this.messenger = messenger;
		this.people = people;
	}

	/**
	 * @param reached how many people got it
	 * @param withoutOfficer cities with no registered officer
	 */
	record Delivered(int reached, List<String> withoutOfficer) {
	}

	Delivered toOfficersOf(List<String> cityKeys, Reply message) {
		Set<String> officers = new LinkedHashSet<>();
		List<String> withoutOfficer = new ArrayList<>();
		for (String city : cityKeys) {
			List<Person> found = people.officersOf(city);
			if (found.isEmpty()) {
				withoutOfficer.add(city);
			}
			found.forEach((person) -> officers.add(person.id()));
		}
		if (officers.isEmpty()) {
			return new Delivered(0, withoutOfficer);
		}
		try {
			messenger.send(new Address.Group(List.copyOf(officers)), message.visibleTo(Visibility.GROUP));
			return new Delivered(officers.size(), withoutOfficer);
		}
		catch (Messenger.UndeliverableException noCommonPlatform) {
			int reached = 0;
			for (String officer : officers) {
				reached += toPerson(officer, message) ? 1 : 0;
			}
			return new Delivered(reached, withoutOfficer);
		}
	}

	/** A direct message; {@code false} when the person cannot be reached. */
	boolean toPerson(String personId, Reply message) {
		try {
			messenger.send(new Address.Person(personId), message.visibleTo(Visibility.DIRECT));
			return true;
		}
		catch (Messenger.UndeliverableException unreachable) {
			log.warn("Twinning could not reach {}: {}", personId, unreachable.getMessage());
			return false;
		}
	}

}
