package eu.agora.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A one-time code that lets a person prove, on a second platform, that both accounts are
 * theirs. Stored in {@code link_codes}; expired codes are ignored and swept.
 */
record LinkCodeDocument(@Id String code, String personId, Instant expiresAt) {
}
