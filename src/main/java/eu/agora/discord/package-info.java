/**
 * The Discord adapter (JDA, gateway): registers the command catalog as application
 * commands (slash commands with subcommands and typed options, message context-menu
 * commands), turns interactions into {@link eu.agora.conversation.Inbound}s for the
 * {@link eu.agora.conversation.Conversation}, renders replies as messages with embeds,
 * buttons, files and modals within Discord's limits, and delivers proactive messages to
 * channels, direct messages and private threads. It runs when {@code DISCORD_TOKEN} is
 * set; see {@code docs/DISCORD.md}.
 */
@ApplicationModule(displayName = "Discord adapter")
@NullMarked
package eu.agora.discord;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
