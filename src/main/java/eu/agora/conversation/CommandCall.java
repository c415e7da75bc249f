package eu.agora.conversation;

/**
 * One invocation of a subcommand: who asked, where, and the parsed options.
 */
public record CommandCall(Caller caller, Inbound inbound, Options options) {
}
