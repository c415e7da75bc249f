package eu.agora.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule about the particular thing a call is about — "a moderator of that panel", "the
 * person who asked that question" — declared on a spec with
 * {@link Access#and(ObjectRule)} and run by the router after the options are bound and
 * before the handler. Admins pass every rule. Features implement the check; the core
 * knows only its description.
 *
 * @param people who passes, in the plural, for {@code /help} and error replies, e.g.
 * {@code moderators of that panel}
 * @param check the refusal for a call that does not pass
 */
public record ObjectRule(String people, Check check) {

	public ObjectRule {
		Objects.requireNonNull(people, "people");
		Objects.requireNonNull(check, "check");
		if (people.isBlank()) {
			throw new IllegalArgumentException("An object rule says in plain words who passes it");
		}
	}

	/** Decides one call. */
	@FunctionalInterface
	public interface Check {

		/**
		 * Empty when the caller may go on; otherwise the reply that says why not. A check
		 * may also throw a {@link UserError}, e.g. when the thing named does not exist.
		 */
		Optional<UserError> refusal(CommandCall call);

	}

}
