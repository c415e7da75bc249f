package eu.agora.shell;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Shell settings ({@code agora.shell.*}).
 *
 * @param enabled whether the shell runs; by default only when no Slack or Discord token
 * is set
 * @param format {@code text} for people, {@code json} for one JSON line per reply
 * @param user the shell user's id; an id never seen before becomes a new person
 */
@Validated
@ConfigurationProperties("agora.shell")
record ShellProperties(@DefaultValue("false") boolean enabled, @NotNull @DefaultValue("text") Format format,
		@NotBlank @DefaultValue("shell-admin") String user) {

	enum Format {

		TEXT, JSON

	}

}
