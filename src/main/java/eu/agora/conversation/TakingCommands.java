package eu.agora.conversation;

/**
 * Published when an adapter begins to take people's commands that it did not take before
 * (the shell, once its prompt shows): work that no first command needs may begin then,
 * without slowing the start. Spring's {@code ApplicationReadyEvent} means the same for
 * the adapters that start with the application.
 *
 * @param adapter which adapter, e.g. {@code shell}
 */
public record TakingCommands(String adapter) {

}
