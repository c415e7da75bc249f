/**
 * The platform-neutral conversation core: what a person said
 * ({@link eu.agora.conversation.Inbound}), what Agora answers
 * ({@link eu.agora.conversation.Reply}), the declarative command catalog from which
 * parsing, help, role checks and platform registrations are derived, the router
 * ({@link eu.agora.conversation.Conversation}), the
 * {@link eu.agora.conversation.Messenger} port for proactive messages and the
 * {@link eu.agora.conversation.Downloads} port for files people give. Nothing here knows
 * Slack, Discord or the shell.
 */
@ApplicationModule(displayName = "Conversation core")
@NullMarked
package eu.agora.conversation;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
