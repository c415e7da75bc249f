package eu.agora.commitments;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two states of a commitment, field by field, as text.
 */
final class Changes {

	private static final Set<String> BOOKKEEPING = Set.of("id", "titleKey", "createdAt", "updatedAt", "version");

	private Changes() {
	}

	static List<CommitmentEvent.Change> between(@Nullable Commitment before, Commitment after) {
		List<CommitmentEvent.Change> changes = new ArrayList<>();
		for (RecordComponent component : Commitment.class.getRecordComponents()) {
			if (BOOKKEEPING.contains(component.getName())) {
				continue;
			}
			String from = (before == null) ? null : text(value(component, before));
			String to = text(value(component, after));
			if (!Objects.equals(from, to)) {
				changes.add(new CommitmentEvent.Change(component.getName(), from, to));
			}
		}
		return changes;
	}

	private static @Nullable Object value(RecordComponent component, Commitment commitment) {
		try {
			return component.getAccessor().invoke(commitment);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null || (value instanceof List<?> list && list.isEmpty())) {
			return null;
		}
		return switch (value) {
			case Status status -> status.id();
			case Kind kind -> kind.id();
			case List<?> list -> String.join(", ", list.stream().map(String::valueOf).toList());
			default -> String.valueOf(value);
		};
	}

}
