/**
 * Vertical coordination between the levels of the Mission (EU, country, region, city):
 * the scope tree and clusters of cities ({@code /agora cluster}), questions escalated up
 * from a city to the nearest coordinator above it, moving up by themselves when a tier
 * does not answer in time ({@code /escalate}, {@code /escalations}, {@code /escalation}),
 * and broadcasts down to every approved officer in a scope with acknowledgements
 * ({@code /broadcast}).
 * <p>
 * See {@link eu.agora.coordination.CoordinationCommands} as the main entry point. Other
 * features read scopes through {@link eu.agora.coordination.Scopes} and the escalations
 * waiting at a tier through {@link eu.agora.coordination.EscalationsWaiting}.
 */
@ApplicationModule(displayName = "Coordination")
@NullMarked
package eu.agora.coordination;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
