package eu.agora.storage;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.AgoraTest;

import static org.assertj.core.api.Assertions.assertThat;

@AgoraTest
class SequencesTests {

	@Autowired
	Sequences sequences;

	@Test
	void aNewSequenceStartsAtOneAndIncrementsByOne() {
		String name = uniqueName();

		assertThat(this.sequences.next(name)).isEqualTo(1);
		assertThat(this.sequences.next(name)).isEqualTo(2);
		assertThat(this.sequences.next(name)).isEqualTo(3);
	}

	@Test
	void sequencesWithDifferentNamesCountIndependently() {
		String commitments = uniqueName();
		String cities = uniqueName();

		this.sequences.next(commitments);
		this.sequences.next(commitments);

		assertThat(this.sequences.next(cities)).isEqualTo(1);
		assertThat(this.sequences.next(commitments)).isEqualTo(3);
	}

	@Test
	void concurrentCallersNeverGetTheSameValue() throws Exception {
		String name = uniqueName();
		int threads = 16;
		int callsPerThread = 25;
		Set<Long> values = ConcurrentHashMap.newKeySet();

		try (ExecutorService executor = Executors.newFixedThreadPool(threads)) {
			var futures = IntStream.range(0, threads).mapToObj((i) -> executor.submit(() -> {
				for (int call = 0; call < callsPerThread; call++) {
					values.add(this.sequences.next(name));
				}
			})).toList();
			for (Future<?> future : futures) {
				future.get();
			}
		}

		int total = threads * callsPerThread;
		assertThat(values).hasSize(total);
		assertThat(values).allSatisfy((value) -> assertThat(value).isBetween(1L, (long) total));
	}

	private static String uniqueName() {
		return "test-" + UUID.randomUUID();
	}

}
