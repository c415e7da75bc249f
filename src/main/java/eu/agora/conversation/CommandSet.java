package eu.agora.conversation;

import java.util.List;

/**
 * What a feature contributes to the catalog: its commands, and the buttons, forms and
 * message actions its replies and menus offer — each with who may use it
 * ({@link Access}). Each feature declares one as a Spring bean.
 */
public interface CommandSet {

	List<CommandSpec> commands();

	/** The buttons its replies contain. */
	default List<ActionSpec> actions() {
		return List.of();
	}

	/** Actions on a chat message (message shortcuts, context menus). */
	default List<MessageActionSpec> messageActions() {
		return List.of();
	}

	/** The forms its replies request. */
	default List<FormSpec> forms() {
		return List.of();
	}

}
