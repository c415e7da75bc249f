/**
 * How the conversation core parses text commands and binds option values. Not for use
 * outside the module.
 */
package eu.agora.conversation.internal;
