/**
 * Weekly digests for coordinators: per scope (EU, country, region, cluster, panel), what
 * changed in commitments, panel outcomes, twinning, knowledge gaps and escalations, the
 * cities with no activity, and a chart — previewed with {@code /digest preview} and
 * delivered once a week per coordinator and scope at their own day, time and zone
 * ({@code /digest settings}, {@code pause}, {@code resume}, {@code follow}).
 * <p>
 * See {@link eu.agora.digest.DigestCommands} as the main entry point. It reads other
 * features only through their published ports: {@code CommitmentActivity},
 * {@code PanelDirectory} and {@code PanelChannels}, {@code KnowledgeGaps},
 * {@code TwinningActivity}, {@code Scopes} and {@code EscalationsWaiting}.
 */
@ApplicationModule(displayName = "Digests")
@NullMarked
package eu.agora.digest;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
