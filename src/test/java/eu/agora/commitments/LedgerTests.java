package eu.agora.commitments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import eu.agora.MutableClock;
import eu.agora.conversation.Caller;
import eu.agora.conversation.UserError;

import static eu.agora.commitments.CommitmentTestData.aCommitment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger over in-memory stores: events before state, optimistic versions, and the
 * repair of a state a crash left behind its last event.
 */
class LedgerTests {

	private boolean crashBeforeTheStateIsWritten;

	private final InMemoryCommitments commitments = new InMemoryCommitments() {

		@Override
		public boolean replace(Commitment after, long expectedVersion) {
			if (crashBeforeTheStateIsWritten) {
				throw new IllegalStateException("the process died here");
			}
			return super.replace(after, expectedVersion);
		}

	};

	private final InMemoryCommitmentEvents events = new InMemoryCommitmentEvents();

	private final AtomicLong numbers = new AtomicLong();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T10:00:00Z"));

	private final Ledger ledger = new Ledger(commitments, events, (name) -> numbers.incrementAndGet(), clock);

	private final Caller ola = new Caller("P-1", "Ola", Set.of(), "lodz", null);

	@Test
	void givenACrashAfterTheEventWasAppended_whenTheCommitmentIsRead_thenItsStateIsRepairedFromTheEvent() {
		Commitment created = ledger.create(aCommitment().forLodz().build(), ola, null);
		crashBeforeTheStateIsWritten = true;
		assertThatThrownBy(() -> ledger.change(created, (c) -> progressed(c, 60), "updated", ola, "before the crash"))
			.hasMessage("the process died here");
		crashBeforeTheStateIsWritten = false;
		assertThat(commitments.byId(created.id()).orElseThrow().progress()).as("state left behind").isEqualTo(10);

		Commitment read = ledger.byId(created.id()).orElseThrow();

		assertThat(read.progress()).isEqualTo(60);
		assertThat(read.version()).isEqualTo(2);
		assertThat(commitments.byId(created.id()).orElseThrow().version()).as("stored state repaired").isEqualTo(2);
	}

	@Test
	void givenAStateLeftBehindItsEvent_whenTheCityIsListed_thenTheListShowsTheRepairedState() {
		Commitment created = ledger.create(aCommitment().forLodz().build(), ola, null);
		crashBeforeTheStateIsWritten = true;
		assertThatThrownBy(() -> ledger.change(created, (c) -> progressed(c, 75), "updated", ola, null))
			.isInstanceOf(IllegalStateException.class);
		crashBeforeTheStateIsWritten = false;

		List<Commitment> listed = ledger.openOf("lodz");

		assertThat(listed).extracting(Commitment::progress).containsExactly(75);
		assertThat(commitments.byId(created.id()).orElseThrow().progress()).isEqualTo(75);
	}

	@Test
	void givenSomeoneElseChangedItFirst_whenAStaleCopyIsChanged_thenTheChangeIsRefusedAndNothingIsWritten() {
		Commitment seen = ledger.create(aCommitment().forLodz().build(), ola, null);
		ledger.change(seen, (c) -> progressed(c, 20), "updated", ola, null);

		assertThatThrownBy(() -> ledger.change(seen, (c) -> progressed(c, 30), "updated", ola, null))
			.isInstanceOf(UserError.class)
			.hasMessageContaining("was changed by someone else just now");
		assertThat(events.of(seen.id())).hasSize(2);
		assertThat(ledger.byId(seen.id()).orElseThrow().progress()).isEqualTo(20);
	}

	@Test
	void givenTheCityHasACommitmentWithThatTitle_whenAnotherIsCreated_thenItIsRefusedWithoutAnEvent() {
		ledger.create(aCommitment().forLodz().titled("Solar roofs").build(), ola, null);

		assertThatThrownBy(() -> ledger.create(aCommitment().forLodz().titled("  SOLAR   roofs ").build(), ola, null))
			.isInstanceOf(UserError.class)
			.hasMessageContaining("already has a commitment titled");
		assertThat(ledger.all()).hasSize(1);
		assertThat(events.of("C-2")).isEmpty();
	}

	@Test
	void givenAnotherProcessStoredTheSameTitleMeanwhile_whenCreating_thenTheAppendedEventIsWithdrawn() {
		Ledger racing = new Ledger(new InMemoryCommitments() {

			@Override
			public boolean add(Commitment fresh) {
				return false;
			}

		}, events, (name) -> 7, clock);

		assertThatThrownBy(() -> racing.create(aCommitment().forLodz().build(), ola, null))
			.isInstanceOf(UserError.class);
		assertThat(events.of("C-7")).isEmpty();
	}

	@Test
	void whenAChangeIsSaved_thenItsEventRecordsWhoChangedWhat() {
		Commitment created = ledger.create(aCommitment().forLodz().withProgress(10).build(), ola, null);
		clock.advance(Duration.ofDays(1));

		Commitment after = ledger.change(created, (c) -> progressed(c, 35), "updated", ola, "halfway there");

		CommitmentEvent last = events.of(created.id()).getLast();
		assertThat(last.id()).isEqualTo(created.id() + "#2");
		assertThat(last.actorPersonId()).isEqualTo("P-1");
		assertThat(last.changes()).contains(new CommitmentEvent.Change("progress", "10", "35"));
		assertThat(after.updatedAt()).isEqualTo(clock.instant());
	}

	@Test
	void givenAnUpdateThatChangesNothing_thenItIsRefused() {
		Commitment created = ledger.create(aCommitment().forLodz().build(), ola, null);

		assertThatThrownBy(() -> ledger.change(created, (c) -> c, "updated", ola, null))
			.hasMessageContaining("Nothing to change in " + created.id());
		assertThat(events.of(created.id())).hasSize(1);
	}

	private static Commitment progressed(Commitment c, int percent) {
		return CommitmentCopies.progressed(c, c.status(), percent, c.evidence());
	}

}
