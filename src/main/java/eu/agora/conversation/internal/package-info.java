/**
 * How the conversation core parses text commands and binds option values. Not for use
 * outside the module.
 */
@NullMarked
package eu.agora.conversation.internal;

import org.jspecify.annotations.NullMarked;
