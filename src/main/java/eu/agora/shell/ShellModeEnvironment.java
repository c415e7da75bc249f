package eu.agora.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before the application starts, what this run is. {@code agora.jar ingest
 * <files>…} is a knowledge ingestion: no shell, no web server, no Slack or Discord, no
 * scheduled jobs, only warnings logged. Otherwise it is a shell session unless a Slack or
 * Discord token is configured or {@code agora.shell.enabled} says otherwise. A shell
 * session starts no web server and keeps the terminal quiet (warnings only, Agora's own
 * notices at info), unless those settings are given explicitly.
 */
class ShellModeEnvironment implements EnvironmentPostProcessor {

	static final String ENABLED = "agora.shell.enabled";

	static final String INGEST = "agora.ingest.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (ingesting(environment)) {
			Map<String, Object> ingest = new LinkedHashMap<>();
			ingest.put(INGEST, true);
			ingest.put(ENABLED, false);
			ingest.put("agora.scheduling.enabled", false);
			ingest.put("SLACK_BOT_TOKEN", "");
			ingest.put("DISCORD_TOKEN", "");
			ingest.put("spring.main.web-application-type", "none");
			ingest.put("spring.main.log-startup-info", false);
			ingest.put("logging.level.root", "WARN");
			ingest.put("logging.level.eu.agora", "WARN");
			environment.getPropertySources().addFirst(new MapPropertySource("agoraIngestMode", ingest));
			return;
		}
		boolean platformConfigured = hasText(environment, "SLACK_BOT_TOKEN") || hasText(environment, "DISCORD_TOKEN");
		boolean shell = environment.containsProperty(ENABLED) ? Boolean.parseBoolean(environment.getProperty(ENABLED))
				: !platformConfigured;
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put(ENABLED, shell);
		if (shell) {
			defaults.put("spring.main.web-application-type", "none");
			defaults.put("spring.main.log-startup-info", false);
			defaults.put("logging.level.root", "WARN");
			defaults.put("logging.level.eu.agora", "INFO");
		}
		defaults.keySet().removeIf((key) -> !key.equals(ENABLED) && environment.containsProperty(key));
		environment.getPropertySources().addFirst(new MapPropertySource("agoraShellMode", defaults));
	}

	private static boolean ingesting(ConfigurableEnvironment environment) {
		String commands = environment.getProperty("nonOptionArgs");
		return commands != null && (commands.equals("ingest") || commands.startsWith("ingest,"));
	}

	private static boolean hasText(ConfigurableEnvironment environment, String key) {
		String value = environment.getProperty(key);
		return value != null && !value.isBlank();
	}

}
