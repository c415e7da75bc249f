package eu.agora.conversation.internal;

import java.util.List;

/**
 * A command split into its name and words, before the catalog gives them meaning.
 */
public record CommandLine(String command, List<Token> tokens) {

	public CommandLine {
		tokens = List.copyOf(tokens);
	}

}
