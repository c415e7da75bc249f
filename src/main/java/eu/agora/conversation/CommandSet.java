package eu.agora.conversation;

import java.util.List;
import java.util.Map;

/**
 * What a feature contributes to the catalog: its commands, and handlers for the buttons
 * and forms its replies contain. Each feature declares one as a Spring bean.
 */
public interface CommandSet {

	List<CommandSpec> commands();

	/**
	 * Button handlers by action id (a prefix ending in {@code :} matches all ids below
	 * it).
	 */
	default Map<String, CommandHandler> actions() {
		return Map.of();
	}

	/** Actions on a chat message (message shortcuts, context menus). */
	default List<MessageActionSpec> messageActions() {
		return List.of();
	}

	/** Form submission handlers by form id. */
	default Map<String, CommandHandler> forms() {
		return Map.of();
	}

}
