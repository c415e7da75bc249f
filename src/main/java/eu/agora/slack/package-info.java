/**
 * The Slack adapter (Bolt for Java): one slash command per catalog command, buttons,
 * modals, message shortcuts and mentions translated into the neutral
 * {@link eu.agora.conversation.Inbound}; every {@link eu.agora.conversation.Reply}
 * rendered as Block Kit within Slack's limits; proactive messages through
 * {@link eu.agora.conversation.PlatformMessenger}. Runs over HTTP at
 * {@code /slack/events} or over Socket Mode, only when {@code SLACK_BOT_TOKEN} is set. No
 * Slack type leaves this package.
 */
@ApplicationModule(displayName = "Slack adapter")
@NullMarked
package eu.agora.slack;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
