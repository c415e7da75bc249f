package eu.agora.directory;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import eu.agora.conversation.Role;

/**
 * Directory settings ({@code agora.directory.*}).
 *
 * @param citiesFile where the city list is read from (a Spring resource location)
 * @param admins platform identities that always hold the admin role, e.g.
 * {@code shell:shell-admin} or {@code slack:U024BE7LH}
 * @param platformRoles platform roles or groups that confer an Agora role, e.g.
 * {@code discord:Moderators: moderator} or {@code slack:S0614TZR7: coordinator}
 */
@Validated
@ConfigurationProperties("agora.directory")
record DirectoryProperties(@NotBlank @DefaultValue("classpath:cities.yml") String citiesFile,
		@DefaultValue("shell:shell-admin") List<String> admins, Map<String, Role> platformRoles) {

	DirectoryProperties {
		platformRoles = (platformRoles != null) ? Map.copyOf(platformRoles) : Map.of();
	}
}
