package eu.agora.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.agora.conversation.Downloads;
import eu.agora.conversation.FileRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShellDownloadsTests {

	@TempDir
	Path dir;

	@Test
	void aRelativePathIsReadFromTheWorkingDirectoryWithItsSizeAndType() throws IOException {
		Files.writeString(dir.resolve("plan.txt"), "Heat plan", StandardCharsets.UTF_8);
		ShellDownloads shell = new ShellDownloads(dir);

		FileRef file = shell.fromText("./plan.txt", List.of());

		assertThat(file.name()).isEqualTo("plan.txt");
		assertThat(file.size()).isEqualTo(9);
		assertThat(file.location()).isEqualTo(dir.resolve("plan.txt").toAbsolutePath().toString());
		assertThat(new String(shell.fetch(file, 100), StandardCharsets.UTF_8)).isEqualTo("Heat plan");
	}

	@Test
	void fileColonPrefixesAndFileUrisNameTheSameFile() throws IOException {
		Path plan = Files.writeString(dir.resolve("plan.txt"), "x");
		ShellDownloads shell = new ShellDownloads(dir);

		assertThat(shell.fromText("file:plan.txt", List.of()).location()).isEqualTo(plan.toString());
		assertThat(shell.fromText(plan.toUri().toString(), List.of()).location()).isEqualTo(plan.toString());
	}

	@Test
	void aMissingFileCannotBeFetchedAndTheMessageNamesIt() {
		ShellDownloads shell = new ShellDownloads(dir);
		FileRef missing = shell.fromText("gone.pdf", List.of());

		assertThat(missing.size()).isEqualTo(-1);
		assertThatThrownBy(() -> shell.fetch(missing, 100)).isInstanceOf(Downloads.DownloadFailedException.class)
			.hasMessage("no such file: " + dir.resolve("gone.pdf"));
		assertThatThrownBy(() -> shell.fetch(shell.fromText(".", List.of()), 100))
			.hasMessageStartingWith("not a file: ");
	}

	@Test
	void aFileLongerThanTheLimitIsRefusedWhileReading() throws IOException {
		Files.write(dir.resolve("big.bin"), new byte[101]);
		ShellDownloads shell = new ShellDownloads(dir);
		FileRef unknownSize = new FileRef("big.bin", null, -1, dir.resolve("big.bin").toString());

		assertThatThrownBy(() -> shell.fetch(unknownSize, 100)).isInstanceOf(Downloads.FileTooLargeException.class);
	}

}
