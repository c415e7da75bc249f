package eu.agora.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A one-time code that lets a person prove, on a second platform, that both accounts are
 * theirs. Stored in {@code link_codes}; expired codes are ignored and swept.
 */
@Document("link_codes")
record LinkCodeDocument(@Id String code, String personId, Instant expiresAt) {
}
