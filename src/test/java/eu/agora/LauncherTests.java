package eu.agora;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTests {

	@Test
	void anOlderJavaGetsOneLineNamingTheJavaNeeded() {
		assertThat(Launcher.problem(17, "/usr/lib/jvm/java-17"))
			.hasValueSatisfying((line) -> assertThat(line).contains("needs Java 21 or newer")
				.contains("this is Java 17")
				.doesNotContain("\n"));
		assertThat(Launcher.problem(21, "/jdk")).isEmpty();
		assertThat(Launcher.problem(25, "/jdk")).isEmpty();
	}

	@Test
	void theLauncherLoadsOnJava17() throws IOException {
		try (InputStream in = Objects.requireNonNull(Launcher.class.getResourceAsStream("Launcher.class"));
				DataInputStream data = new DataInputStream(in)) {
			assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
			data.readUnsignedShort();
			assertThat(data.readUnsignedShort()).as("class file major version").isLessThanOrEqualTo(61);
		}
	}

}
