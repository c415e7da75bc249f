package eu.agora.commitments;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reminder that was sent, in {@code commitment_reminders}; its id (commitment and kind,
 * e.g. {@code C-17:deadline-7}) makes each reminder happen once.
 */
@Document("commitment_reminders")
record ReminderRecord(@Id String id, String commitmentId, String kind, Instant sentAt) {
}
