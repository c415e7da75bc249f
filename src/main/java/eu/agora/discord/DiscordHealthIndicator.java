package eu.agora.discord;

import java.util.Optional;

import net.dv8tion.jda.api.JDA;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import eu.agora.storage.InstanceId;
import eu.agora.storage.Lease;
import eu.agora.storage.Leases;

/**
 * Health {@code discord}: which instance holds the Discord lease (and so the gateway),
 * and this instance's part. Up while this instance holds the lease with the gateway
 * {@code CONNECTED}, or waits as a standby; down while it holds the lease and the gateway
 * is not connected, or when the lease cannot be read (the database is lost).
 */
class DiscordHealthIndicator implements HealthIndicator {

	private final GatewayLeadership leadership;

	private final DiscordGateway gateway;

	private final Leases leases;

	private final InstanceId me;

	DiscordHealthIndicator(GatewayLeadership leadership, DiscordGateway gateway, Leases leases, InstanceId me) {
		this.leadership = leadership;
		this.gateway = gateway;
		this.leases = leases;
		this.me = me;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up().withDetail("instance", me.value());
		try {
			Optional<Lease> lease = leases.current(GatewayLeadership.LEASE);
			health.withDetail("leaseHolder", lease.map(Lease::holder).orElse("none"));
			lease.ifPresent((held) -> health.withDetail("leaseExpiresAt", held.expiresAt().toString())
				.withDetail("leaseVersion", held.version()));
		}
		catch (RuntimeException unreachable) {
			health.down().withDetail("leaseHolder", "unknown: the database did not answer");
		}
		if (!leadership.serving()) {
			return health.withDetail("role", "standby").build();
		}
		health.withDetail("role", "gateway");
		Optional<JDA> jda = gateway.jda();
		JDA.Status status = jda.map(JDA::getStatus).orElse(JDA.Status.CONNECTING_TO_WEBSOCKET);
		if (status != JDA.Status.CONNECTED) {
			health.down();
		}
		health.withDetail("status", status.name());
		jda.ifPresent((open) -> health.withDetail("gatewayPing", open.getGatewayPing()));
		return health.build();
	}

}
