package eu.agora.digest;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.Says;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Messenger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weekly delivery with a controllable clock: at the coordinator's moment in their own
 * zone, exactly once per (person, scope, ISO week) whatever the number of schedulers and
 * restarts, empty weeks skipped, paused digests not sent, failed sends retried.
 */
@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class DigestDeliveryTests {

	/** Monday 2 February 2026, 08:00 in New York (EST, UTC-5). */
	static final Instant NEW_YORK_EIGHT = Instant.parse("2026-02-02T13:00:00Z");

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	DeliveringDigests delivering;

	@Autowired
	Recipients recipients;

	@Autowired
	BuildingDigests building;

	@Autowired
	DigestReplies replies;

	@Autowired
	Messenger routing;

	@Autowired
	MongoTemplate mongo;

	Says says;

	@Autowired
	void says(Conversation conversation) {
		this.says = new Says(conversation);
	}

	@Test
	void theDigestComesAtTheirTimeInTheirOwnZone() {
		String kasia = says.coordinator("country:PL");
		says.ok(kasia, "/digest settings day:monday time:08:00 tz:America/New_York empty:send");

		clock.set(NEW_YORK_EIGHT.minusSeconds(60));
		delivering.deliver(clock.instant());
		assertThat(messenger.sentTo(kasia)).isEmpty();

		clock.set(NEW_YORK_EIGHT);
		delivering.deliver(clock.instant());
		delivering.deliver(clock.instant().plusSeconds(3600));
		assertThat(messenger.sentTo(kasia)).singleElement().asString().contains("Weekly digest — Poland");
		assertThat(claims().of(says.personId(kasia))).singleElement()
			.satisfies((claim) -> assertThat(claim.week()).isEqualTo("2026-W06"))
			.satisfies((claim) -> assertThat(claim.outcome()).isEqualTo("sent"));
	}

	@Test
	void theWeekIsTheirsWhereSundayEveningInNewYorkIsMondayInEurope() {
		String kasia = says.coordinator("country:PL");
		says.ok(kasia, "/digest settings day:sunday time:23:00 tz:America/New_York empty:send");

		clock.set(Instant.parse("2026-02-16T04:30:00Z"));
		delivering.deliver(clock.instant());

		assertThat(claims().of(says.personId(kasia))).singleElement()
			.satisfies((claim) -> assertThat(claim.week()).isEqualTo("2026-W07"));
	}

	@Test
	void twoSchedulersAtOnceAndARestartSendEachScopeOnce() throws Exception {
		String kasia = says.coordinator("country:PL");
		String cluster = "Ports " + Says.unique("c");
		says.ok("shell-admin", "/agora cluster add \"" + cluster + "\" cities:Thessaloniki,Riga");
		says.ok(kasia, "/digest settings day:monday time:08:00 tz:Europe/Warsaw empty:send");
		says.ok(kasia, "/digest follow scope:\"cluster:" + cluster + "\"");
		clock.set(Instant.parse("2026-02-02T07:30:00Z"));
		DeliveringDigests second = new DeliveringDigests(recipients, building, replies, new MongoDeliveryClaims(mongo),
				routing, clock);

		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> await(start, delivering));
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> await(start, second));
		start.countDown();
		one.get();
		two.get();
		DeliveringDigests restarted = new DeliveringDigests(recipients, building, replies,
				new MongoDeliveryClaims(mongo), routing, clock);
		restarted.deliver(clock.instant().plusSeconds(900));

		assertThat(messenger.sentTo(kasia)).hasSize(2)
			.anySatisfy((m) -> assertThat(m).contains("Weekly digest — Poland"))
			.anySatisfy((m) -> assertThat(m).contains("Weekly digest — " + cluster));
	}

	@Test
	void anEmptyWeekIsSkippedUnlessAskedForAndAPausedDigestIsNotSent() {
		String quiet = says.coordinator("region:BG/Gabrovo");
		String wantsAll = says.coordinator("region:BG/Gabrovo");
		String paused = says.coordinator("region:BG/Gabrovo");
		says.ok(wantsAll, "/digest settings empty:send");
		says.ok(paused, "/digest pause");
		clock.set(Instant.parse("2026-02-09T07:00:00Z"));

		delivering.deliver(clock.instant());

		assertThat(messenger.sentTo(quiet)).isEmpty();
		assertThat(claims().of(says.personId(quiet))).singleElement()
			.satisfies((claim) -> assertThat(claim.outcome()).isEqualTo("skipped (empty)"));
		assertThat(messenger.sentTo(wantsAll)).singleElement().asString().contains("A quiet week");
		assertThat(messenger.sentTo(paused)).isEmpty();
		assertThat(claims().of(says.personId(paused))).isEmpty();

		says.ok(paused, "/digest resume");
		says.ok(paused, "/digest settings empty:send");
		delivering.deliver(clock.instant().plusSeconds(60));
		assertThat(messenger.sentTo(paused)).hasSize(1);
	}

	@Test
	void aDigestNoPlatformTookIsGivenBackAndSentAtTheNextRun() {
		String kasia = says.coordinator("country:PL");
		says.ok(kasia, "/digest settings empty:send tz:Europe/Brussels");
		clock.set(Instant.parse("2026-02-23T08:00:00Z"));
		Messenger down = (to, message) -> {
			throw new Messenger.UndeliverableException("no platform");
		};
		new DeliveringDigests(recipients, building, replies, claims(), down, clock).deliver(clock.instant());
		assertThat(claims().of(says.personId(kasia))).isEmpty();

		delivering.deliver(clock.instant().plusSeconds(900));
		assertThat(messenger.sentTo(kasia)).hasSize(1);
	}

	private DeliveryClaims claims() {
		return new MongoDeliveryClaims(mongo);
	}

	private static int await(CountDownLatch start, DeliveringDigests scheduler) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return scheduler.deliver(Instant.parse("2026-02-02T07:30:00Z"));
	}

}
