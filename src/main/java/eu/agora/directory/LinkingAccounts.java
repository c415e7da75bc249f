package eu.agora.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import eu.agora.conversation.UserError;

/**
 * Joins a person's accounts on two platforms into one person: {@code /agora link} on the
 * first gives a one-time code, {@code /agora link code:…} on the second uses it. The
 * second account's city, organisation and roles are kept, then its identities move over.
 */
@Component
class LinkingAccounts {

	static final Duration VALIDITY = Duration.ofMinutes(15);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final LinkCodes codes;

	private final People people;

	private final Affiliations affiliations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	LinkingAccounts(LinkCodes codes, People people, Affiliations affiliations, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.codes = codes;
		this.people = people;
		this.affiliations = affiliations;
		this.clock = clock;
	}

	/** A fresh code for {@code personId}, valid for {@link #VALIDITY}. */
	String issue(String personId) {
		codes.sweepExpired(clock.instant());
		for (int attempt = 0; attempt < 5; attempt++) {
			String code = code();
			if (codes.add(code, personId, clock.instant().plus(VALIDITY))) {
				return code;
			}
			// another person holds this code right now: draw again
		}
		throw new IllegalStateException("Could not draw a free link code");
	}

	/**
	 * Uses {@code code} from the account of {@code personId}; returns the person it
	 * joined.
	 */
	Person redeem(String code, String personId) {
		String issuedTo = codes.redeem(code.strip().toUpperCase(Locale.ROOT), clock.instant())
			.orElseThrow(() -> new UserError("That link code is unknown or has expired.",
					"Run `/agora link` on your other platform for a new code; it is valid for 15 minutes."));
		Person target = people.byId(issuedTo).orElseThrow(() -> new UserError("That account no longer exists."));
		Person source = people.byId(personId).orElseThrow();
		if (target.id().equals(source.id())) {
			throw new UserError("These accounts are already linked.");
		}
		checkDifferentPlatforms(target, source);
		return merge(source, target);
	}

	private Person merge(Person source, Person target) {
		affiliations.merge(source, target);
		events.publishEvent(new PeopleMerged(source.id(), target.id(), target.displayName()));
		return people.byId(target.id()).orElseThrow();
	}

	private static void checkDifferentPlatforms(Person target, Person source) {
		List<String> targetPlatforms = target.identities().stream().map(LinkingAccounts::platformOf).toList();
		if (source.identities().stream().map(LinkingAccounts::platformOf).anyMatch(targetPlatforms::contains)) {
			throw new UserError("Both accounts are on the same platform; link accounts on different platforms.",
					"Use the code from the Slack account on Discord, or the other way round.");
		}
	}

	private static String platformOf(String identity) {
		return identity.substring(0, identity.indexOf(':'));
	}

	private String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
