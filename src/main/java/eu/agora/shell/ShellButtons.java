package eu.agora.shell;

import java.util.stream.Collectors;

import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.Element;

/**
 * Buttons in the shell, where nothing can be pressed: each shows the line that does the
 * same when typed — the command the catalog names for it, else {@code /press <action>
 * <value>}, which {@link ShellSession} sends as the button press.
 */
final class ShellButtons {

	private ShellButtons() {
	}

	/** One line per button: {@code [Helpful]  type /knowledge feedback A-3 helpful}. */
	static String render(Element.Actions actions, CommandCatalog catalog) {
		int width = actions.buttons().stream().mapToInt((button) -> button.label().length()).max().orElse(0) + 2;
		return actions.buttons()
			.stream()
			.map((button) -> String.format("%-" + width + "s", "[" + button.label() + "]") + "  type "
					+ command(button, catalog))
			.collect(Collectors.joining("\n"));
	}

	/** What to type instead of pressing {@code button}. */
	static String command(Element.Button button, CommandCatalog catalog) {
		return catalog.action(button.actionId())
			.flatMap((action) -> action.typedCommand(button.value()))
			.orElse(ShellSession.PRESS + " " + button.actionId() + " " + button.value());
	}

}
