package eu.agora.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A role waiting for a platform account, stored in {@code pending_grants}. The id is the
 * identity and the role, so one account waits for each role at most once.
 */
record PendingGrantDocument(@Id String id, String identity, String role, String scope, String grantedBy, Instant at) {

	static String idOf(String identity, String role) {
		return identity + "|" + role;
	}

}
