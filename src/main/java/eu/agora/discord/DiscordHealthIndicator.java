package eu.agora.discord;

import net.dv8tion.jda.api.JDA;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health {@code discord}: up while the gateway connection is {@code CONNECTED}.
 */
class DiscordHealthIndicator implements HealthIndicator {

	private final JDA jda;

	DiscordHealthIndicator(JDA jda) {
		this.jda = jda;
	}

	@Override
	public Health health() {
		JDA.Status status = jda.getStatus();
		Health.Builder health = (status == JDA.Status.CONNECTED) ? Health.up() : Health.down();
		return health.withDetail("status", status.name()).withDetail("gatewayPing", jda.getGatewayPing()).build();
	}

}
