package eu.agora.slack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.AgoraTest;
import eu.agora.conversation.CommandCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code config/slack-manifest.yml} is what the catalog generates. When a command
 * changes, regenerate it with
 * {@code ./mvnw -B test -Dtest=SlackManifestTests -Dagora.regenerate-manifest=true}.
 */
@AgoraTest
class SlackManifestTests {

	static final Path MANIFEST = Path.of("config/slack-manifest.yml");

	@Autowired
	CommandCatalog catalog;

	@Test
	void theCommittedManifestMatchesTheCatalog() throws IOException {
		String generated = SlackManifest.yaml(catalog, "/slack/events");
		if (Boolean.getBoolean("agora.regenerate-manifest")) {
			Files.writeString(MANIFEST, generated, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(MANIFEST) ? Files.readString(MANIFEST, StandardCharsets.UTF_8) : "";
		assertThat(committed)
			.as("config/slack-manifest.yml is stale; regenerate it with "
					+ "./mvnw -B test -Dtest=SlackManifestTests -Dagora.regenerate-manifest=true")
			.isEqualTo(generated);
	}

	@Test
	void everyTopLevelCommandIsASlashCommand() {
		String generated = SlackManifest.yaml(catalog, "/slack/events");
		catalog.commands().forEach((command) -> assertThat(generated).contains("command: \"/" + command.name() + "\""));
		assertThat(generated).contains("app_mention").contains("https://agora.example.org/slack/events");
	}

}
