package eu.agora.conversation;

/**
 * Does the work of one subcommand.
 */
@FunctionalInterface
public interface CommandHandler {

	Reply handle(CommandCall call);

}
