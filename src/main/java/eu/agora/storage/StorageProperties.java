package eu.agora.storage;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code agora.storage.*}.
 *
 * @param embedded the in-process server used when no {@code MONGODB_URI} is set
 * @param serverSelectionTimeout how long a request waits for a reachable database before
 * it fails
 */
@Validated
@ConfigurationProperties("agora.storage")
record StorageProperties(@DefaultValue @Valid @NotNull Embedded embedded,
		@DefaultValue("5s") @NotNull Duration serverSelectionTimeout) {

	/**
	 * @param backend {@code file} (default, {@code <data-dir>/agora.mv.db}) or
	 * {@code memory} (tests; lost on exit)
	 * @param port TCP port on 127.0.0.1; {@code 0} picks a free one
	 */
	record Embedded(@DefaultValue("file") @NotNull Backend backend, @DefaultValue("0") @Min(0) @Max(65535) int port) {

	}

	enum Backend {

		FILE, MEMORY

	}

}
