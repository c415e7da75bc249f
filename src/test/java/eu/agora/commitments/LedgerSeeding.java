package eu.agora.commitments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Fills the ledger's collections with many commitments and a year of their history in a
 * few bulk inserts, for benchmarks of features that read the ledger through its ports.
 */
public final class LedgerSeeding {

	private static final List<Status> STATUSES = List.of(Status.PLANNED, Status.IN_PROGRESS, Status.AT_RISK,
			Status.ACHIEVED);

	private LedgerSeeding() {
	}

	/**
	 * Stores {@code count} commitments spread over {@code cityKeys}, each created within
	 * the year before {@code now} and changed every two to eight weeks since.
	 * @return how many events were stored
	 */
	public static int seed(MongoTemplate mongo, List<String> cityKeys, int count, Instant now, long seed) {
		Random random = new Random(seed);
		List<Commitment> states = new ArrayList<>();
		List<CommitmentEvent> events = new ArrayList<>();
		Instant yearAgo = now.minus(Duration.ofDays(365));
		for (int c = 1; c <= count; c++) {
			String id = "C-B" + c;
			String city = cityKeys.get(random.nextInt(cityKeys.size()));
			Instant created = yearAgo.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 300)));
			Commitment state = commitment(id, city, created, created, Status.PLANNED, 0, 1, random);
			events.add(new CommitmentEvent(CommitmentEvent.idFor(id, 1), id, 1, created, "created", "P-1", "Seeder",
					Changes.between(null, state), null, state));
			Instant at = created;
			while (true) {
				at = at.plus(Duration.ofHours(24 * 14 + random.nextInt(24 * 42)));
				if (!at.isBefore(now)) {
					break;
				}
				Status next = STATUSES
					.get(Math.min(3, STATUSES.indexOf(state.status()) + (random.nextInt(4) == 0 ? 1 : 0)));
				Commitment after = commitment(id, city, created, at, next,
						Math.min(100, state.progress() + random.nextInt(15)), state.version() + 1, random);
				events.add(new CommitmentEvent(CommitmentEvent.idFor(id, after.version()), id, after.version(), at,
						"updated", "P-1", "Seeder", Changes.between(state, after), null, after));
				state = after;
			}
			states.add(state);
		}
		mongo.insert(events, MongoCommitmentEvents.COLLECTION);
		mongo.insert(states, MongoCommitments.COLLECTION);
		return events.size();
	}

	private static Commitment commitment(String id, String city, Instant created, Instant updated, Status status,
			int progress, long version, Random random) {
		String title = "Benchmark commitment " + id;
		return new Commitment(id, city, Kind.CITY, "Energy Department", "P-1", null, null, title,
				Commitment.titleKey(title), null, "energy", null, new Quantity(new BigDecimal("40"), "% CO2e", 2030),
				null, null, null, LocalDate.of(2027 + (id.hashCode() & 3), 6, 30), status, progress, List.of(), false,
				created, updated, version);
	}

}
