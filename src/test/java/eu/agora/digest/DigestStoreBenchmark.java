package eu.agora.digest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import eu.agora.AgoraTest;
import eu.agora.Says;
import eu.agora.commitments.CommitmentActivity;
import eu.agora.commitments.LedgerSeeding;
import eu.agora.conversation.Conversation;
import eu.agora.coordination.Scope;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EU digest built by the running application over its real ports and the embedded
 * MongoDB-wire server: 112 cities, 5,000 commitments with a year of history in the
 * ledger's collections. Run with
 * {@code ./mvnw -B test -Dtest=DigestStoreBenchmark -Dagora.benchmark=true}.
 */
@AgoraTest
@EnabledIfSystemProperty(named = "agora.benchmark", matches = "true")
class DigestStoreBenchmark {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	BuildingDigests building;

	@Autowired
	CityDirectory cities;

	@Autowired
	Conversation conversation;

	@Autowired
	CommitmentActivity activity;

	@Test
	void theEuDigestOverTheStore() throws Exception {
		Says says = new Says(conversation);
		for (int i = cities.all().size(); i < 112; i++) {
			says.ok("shell-admin", "/city add Benchmark Town " + i + " country:PT tz:Europe/Lisbon");
		}
		List<String> keys = cities.all().stream().map(City::key).toList();
		Instant now = Instant.now();
		int events = LedgerSeeding.seed(mongo, keys, 5_000, now, 42);
		ZoneId zone = ZoneId.of("Europe/Brussels");
		for (int i = 0; i < 2; i++) {
			building.build(Scope.EU, now, zone);
		}
		int runs = 5;
		long[] builds = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Digest digest = building.build(Scope.EU, now, zone);
			builds[i] = System.nanoTime() - start;
			assertThat(digest.chart().places()).isNotEmpty();
		}
		long start = System.nanoTime();
		int states = activity.current(keys).size();
		long current = System.nanoTime() - start;
		start = System.nanoTime();
		int steps = activity.stepsBetween(keys, now.minus(BuildingDigests.HISTORY), now).size();
		long history = System.nanoTime() - start;
		long[] sorted = builds.clone();
		Arrays.sort(sorted);
		String report = String.format(Locale.ROOT,
				"DIGEST STORE BENCHMARK: %d cities, 5000 commitments, %d events in the embedded store%n"
						+ "build (EU digest, real ports): median %.0f ms, max %.0f ms%n"
						+ "of which CommitmentActivity.current (%d commitments) %.0f ms, stepsBetween 98 days (%d) %.0f ms%n",
				keys.size(), events, sorted[runs / 2] / 1e6, sorted[runs - 1] / 1e6, states, current / 1e6, steps,
				history / 1e6);
		System.out.print(report);
		Files.writeString(Path.of("target/digest-store-benchmark.txt"), report);
	}

}
