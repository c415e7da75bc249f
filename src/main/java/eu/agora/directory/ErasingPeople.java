package eu.agora.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Role;
import eu.agora.conversation.UserError;
import eu.agora.storage.EveryCollection;
import eu.agora.storage.Sequences;

/**
 * Export and erasure of a person (GDPR Art. 15, 17 and 20) across every module that holds
 * data about people — each a {@link PersonalData} bean. Erasure lets every other module
 * erase or anonymise first (they may still need the person's name to find mentions of
 * it), then the directory deletes the person and their identities, and finally every
 * collection is searched for the name, ids and platform ids, which are replaced by the
 * anonymous subject ("former officer #3"). The audit history keeps an {@code erased}
 * event under that subject.
 */
@Component
class ErasingPeople {

	private static final Logger log = LoggerFactory.getLogger(ErasingPeople.class);

	private final List<PersonalData> modules;

	private final DirectoryPersonalData directory;

	private final People people;

	private final Sequences sequences;

	private final EveryCollection everywhere;

	private final Auditing audit;

	private final ApplicationEventPublisher events;

	ErasingPeople(List<PersonalData> modules, DirectoryPersonalData directory, People people, Sequences sequences,
			EveryCollection everywhere, Auditing audit, ApplicationEventPublisher events) {
		this.modules = List.copyOf(modules);
		this.directory = directory;
		this.people = people;
		this.sequences = sequences;
		this.everywhere = everywhere;
		this.audit = audit;
		this.events = events;
	}

	/** Everything held about the person, by module section. */
	Map<String, Object> export(String personId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		sections.put("personId", personId);
		sections.put(directory.section(), directory.heldAbout(personId));
		DirectoryPersonalData.others(modules).forEach((data) -> sections.put(data.section(), data.heldAbout(personId)));
		return sections;
	}

	/** Erases the person; the anonymous subject that now stands for them. */
	String erase(String personId) {
		Person person = people.byId(personId)
			.orElseThrow(() -> new UserError("There is nobody with the id " + personId + " (erased already?)."));
		String subject = "former " + kind(person) + " #" + sequences.next("former-person");
		audit.record(AuditEvent.ERASED, personId, personId, "person", subject);
		for (PersonalData data : DirectoryPersonalData.others(modules)) {
			data.erase(personId, subject);
		}
		directory.erase(personId, subject);
		List<String> traces = traces(person);
		Map<String, String> replacements = new LinkedHashMap<>();
		traces.forEach((trace) -> replacements.put(trace, subject));
		long changed = everywhere.replaceEverywhere(replacements);
		log.info("Erased {} as {}: {} more documents held their name or ids", personId, subject, changed);
		events.publishEvent(new PersonErased(subject, traces));
		return subject;
	}

	/** The person's name, Agora id, platform identities and bare platform user ids. */
	static List<String> traces(Person person) {
		List<String> traces = new ArrayList<>();
		traces.add(person.displayName());
		traces.add(person.id());
		for (String identity : person.identities()) {
			traces.add(identity);
			traces.add(identity.substring(identity.indexOf(':') + 1));
		}
		return traces.stream().filter((trace) -> trace.strip().length() >= 2).distinct().toList();
	}

	private static String kind(Person person) {
		if (person.roles().stream().anyMatch((grant) -> grant.role() == Role.OFFICER)) {
			return "officer";
		}
		if (person.roles().stream().anyMatch((grant) -> grant.role() == Role.PARTNER)) {
			return "partner";
		}
		return "member";
	}

}
