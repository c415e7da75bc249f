/**
 * What Agora's log lines may hold: {@link eu.agora.logging.RedactedMessageConverter}
 * bounds every message and masks tokens and Slack response URLs, whatever library writes
 * it.
 */
@NullMarked
package eu.agora.logging;

import org.jspecify.annotations.NullMarked;
