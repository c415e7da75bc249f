package eu.agora.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A person's request to become an officer of a city or a representative of an
 * organisation. It stays pending, acting for nobody, until someone who may approve it
 * approves or declines it.
 *
 * @param id the request's id, e.g. {@code M-4}
 * @param personId who asks
 * @param scope what they ask to join: {@code city:seville} or {@code org:acme}
 * @param status pending, approved or declined
 * @param requestedAt when they asked
 * @param decidedBy who approved or declined it, or {@code null} while pending
 * @param decidedAt when, or {@code null} while pending
 */
record MembershipRequest(String id, String personId, String scope, Status status, Instant requestedAt,
		@Nullable String decidedBy, @Nullable Instant decidedAt) {

	static final String CITY = "city:";

	static final String ORG = "org:";

	boolean isCity() {
		return scope.startsWith(CITY);
	}

	/** The city key or organisation id asked for. */
	String target() {
		return scope.substring(scope.indexOf(':') + 1);
	}

	enum Status {

		PENDING, APPROVED, DECLINED

	}

}
