package eu.agora.directory;

import java.time.Instant;

import eu.agora.conversation.RoleGrant;

/**
 * A role waiting for a platform account that has not written to Agora yet.
 *
 * @param identity the account, e.g. {@code shell:ola} or {@code slack:U024BE7LH}
 * @param grant the role and its scope
 * @param grantedBy the Agora id of the admin who granted it
 * @param at when it was granted
 */
record PendingGrant(String identity, RoleGrant grant, String grantedBy, Instant at) {
}
