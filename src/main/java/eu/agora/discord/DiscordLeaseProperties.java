package eu.agora.discord;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Discord lease ({@code agora.discord.lease.*}): which of several instances runs the
 * gateway. A dead or frozen holder is replaced within {@code length} plus
 * {@code renew-every} plus the time to connect.
 *
 * @param length how long a taken or renewed lease lasts
 * @param renewEvery how often the holder renews it and the others try to take it
 * @param margin how long before the lease expires a holder that could not renew it stops
 * serving; more than the clocks of the instances may differ
 */
@ConfigurationProperties("agora.discord.lease")
record DiscordLeaseProperties(@DefaultValue("15s") Duration length, @DefaultValue("3s") Duration renewEvery,
		@DefaultValue("5s") Duration margin) {

	DiscordLeaseProperties {
		if (margin.compareTo(length) >= 0 || renewEvery.compareTo(length.minus(margin)) >= 0) {
			throw new IllegalArgumentException("agora.discord.lease: renew-every (" + renewEvery
					+ ") must be shorter than length minus margin (" + length + " - " + margin + ")");
		}
	}

}
