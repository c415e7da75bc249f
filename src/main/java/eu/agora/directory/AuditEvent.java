package eu.agora.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the append-only audit history: who was granted, asked for, approved,
 * declined, revoked or removed what. People are named by their opaque Agora id
 * ({@code P-12}); names live only in the {@code people} collection, so erasing a person
 * leaves the history whole under an anonymous subject ("former officer #3").
 *
 * @param id the event's id, e.g. {@code AU-7}
 * @param at when it happened
 * @param type what happened, e.g. {@code approved}
 * @param subject the person it is about
 * @param actor the person who did it ({@code subject} itself for a request)
 * @param scope what it is about: {@code city:seville}, {@code org:acme} or a role
 * @param note more detail, or {@code null}
 */
record AuditEvent(String id, Instant at, String type, String subject, String actor, String scope,
		@Nullable String note) {

	static final String REQUESTED = "requested";

	static final String APPROVED = "approved";

	static final String DECLINED = "declined";

	static final String GRANTED = "granted";

	static final String REVOKED = "revoked";

	static final String REMOVED = "removed";

	static final String INVITED = "invite-issued";

	static final String JOINED_BY_INVITE = "joined-by-invite";

	static final String ERASED = "erased";

}
