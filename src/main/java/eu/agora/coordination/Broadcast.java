package eu.agora.coordination;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A message a coordinator sent down to a scope, in {@code broadcasts}: stored with all
 * its recipients before anything is sent, so its status shows everyone it was meant for.
 *
 * @param id {@code B-3}
 * @param recipients person ids of the approved officers it was sent to
 * @param panels names of the panels whose channels it was posted to
 * @param undelivered recipients no platform could reach
 * @param forwardedFrom the broadcast this one passes on, or {@code null}
 * @param note the forwarder's context, or {@code null}
 */
record Broadcast(@Id String id, String scopeKey, String scopeLabel, String message, boolean ack, String senderPersonId,
		Instant sentAt, List<String> recipients, List<String> panels, List<String> undelivered,
		List<Acknowledgement> acknowledgements, @Nullable String forwardedFrom, @Nullable String note) {

	Broadcast {
		recipients = List.copyOf(recipients);
		panels = List.copyOf(panels);
		undelivered = List.copyOf(undelivered);
		acknowledgements = List.copyOf(acknowledgements);
	}

	boolean acknowledgedBy(String personId) {
		return acknowledgements.stream().anyMatch((a) -> a.personId().equals(personId));
	}

	/** One officer's acknowledgement. */
	record Acknowledgement(String personId, Instant at) {

		Acknowledgement {
			Objects.requireNonNull(personId, "personId");
		}

	}

}
