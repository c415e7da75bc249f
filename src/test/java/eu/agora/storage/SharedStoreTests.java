package eu.agora.storage;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SharedStoreTests {

	@Test
	void withoutArgumentsTheStoreListensOnTheMongoPortOfThisMachine() {
		assertThat(SharedStore.Settings.parse(List.of()))
			.isEqualTo(new SharedStore.Settings("127.0.0.1", 27017, Path.of("./store")));
	}

	@Test
	void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
		assertThat(SharedStore.Settings.parse(List.of("--port", "27018", "--data-dir=/tmp/s", "--host", "0.0.0.0")))
			.isEqualTo(new SharedStore.Settings("0.0.0.0", 27018, Path.of("/tmp/s")));
	}

	@Test
	void badArgumentsSayWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> SharedStore.Settings.parse(List.of("--port", "mongo")))
			.withMessageContaining("--port must be a TCP port from 0 to 65535");
		assertThatIllegalArgumentException().isThrownBy(() -> SharedStore.Settings.parse(List.of("--port", "70000")))
			.withMessageContaining("not \"70000\"");
		assertThatIllegalArgumentException().isThrownBy(() -> SharedStore.Settings.parse(List.of("--dir", "x")))
			.withMessage("Unknown option --dir.");
		assertThatIllegalArgumentException().isThrownBy(() -> SharedStore.Settings.parse(List.of("--port")))
			.withMessage("--port needs a value.");
		assertThatIllegalArgumentException().isThrownBy(() -> SharedStore.Settings.parse(List.of("27017")))
			.withMessage("Unexpected argument \"27017\".");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SharedStore.Settings.parse(List.of("--port", "1", "--port=2")))
			.withMessage("--port is given twice.");
	}

}
