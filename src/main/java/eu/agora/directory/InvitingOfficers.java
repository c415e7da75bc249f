package eu.agora.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.UserError;

/**
 * The fast path into a city: one of its {@link Approvers} issues a one-time code valid
 * for {@link #VALIDITY}; {@code /city register <city> code:<code>} joins at once and uses
 * it up.
 */
@Component
class InvitingOfficers {

	static final Duration VALIDITY = Duration.ofDays(7);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final InviteCodes codes;

	private final Auditing audit;

	private final JoiningCities joining;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	InvitingOfficers(InviteCodes codes, Auditing audit, JoiningCities joining, Clock clock) {
		this.codes = codes;
		this.audit = audit;
		this.joining = joining;
		this.clock = clock;
	}

	/** A fresh code for the city, issued by the caller. */
	String issue(Caller caller, City city) {
		codes.sweepExpired(clock.instant());
		for (int attempt = 0; attempt < 5; attempt++) {
			String code = code();
			if (codes.add(code, city.key(), caller.personId(), clock.instant().plus(VALIDITY))) {
				audit.record(AuditEvent.INVITED, caller.personId(), caller.personId(),
						MembershipRequest.CITY + city.key(), null);
				return code;
			}
		}
		throw new IllegalStateException("Could not draw a free invite code");
	}

	/** Joins the caller to the city with {@code code}, which is used up. */
	void redeem(Caller caller, City city, String code) {
		String typed = code.strip().toUpperCase(Locale.ROOT);
		String issuer = codes.redeem(typed, city.key(), clock.instant())
			.orElseThrow(() -> new UserError("That invite code is unknown, used already, expired, or for another city.",
					"Ask an officer of " + city.name() + " for a new one (`/city invite " + city.key()
							+ "`), or run `/city register " + city.key() + "` without a code to ask for approval."));
		audit.record(AuditEvent.JOINED_BY_INVITE, caller.personId(), issuer, MembershipRequest.CITY + city.key(), null);
		joining.join(caller.personId(), MembershipRequest.CITY + city.key());
	}

	private String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
