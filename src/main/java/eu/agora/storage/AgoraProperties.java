package eu.agora.storage;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Application-wide settings under {@code agora.*} that more than one module needs.
 *
 * @param dataDir directory for all local state ({@code agora.data-dir}, default
 * {@code ./data}); the embedded store keeps its file here
 */
@Validated
@ConfigurationProperties("agora")
public record AgoraProperties(@DefaultValue("./data") @NotNull Path dataDir) {

}
