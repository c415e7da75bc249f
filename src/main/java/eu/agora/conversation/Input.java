package eu.agora.conversation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an {@link Inbound} carries.
 */
public sealed interface Input {

	/**
	 * A command as typed text, e.g. {@code /city show Lodz} (the leading slash is
	 * optional).
	 */
	record CommandText(String text) implements Input {
	}

	/**
	 * A command whose parts the platform already separated (Discord application
	 * commands).
	 *
	 * @param command the command name
	 * @param path the subcommand words, e.g. {@code [round, open]}; empty for none
	 * @param options option values as the platform sent them, rendered as text
	 * @param files {@link OptionType#ATTACHMENT} options by name, as the platform
	 * resolved them
	 */
	record CommandParts(String command, List<String> path, Map<String, String> options,
			Map<String, FileRef> files) implements Input {

		public CommandParts {
			path = List.copyOf(path);
			options = Map.copyOf(options);
			files = Map.copyOf(files);
		}

		/** A command without files. */
		public CommandParts(String command, List<String> path, Map<String, String> options) {
			this(command, path, options, Map.of());
		}

	}

	/** A plain chat message addressed to Agora. */
	record Message(String text) implements Input {
	}

	/**
	 * A press of a button, or an action run on a message.
	 *
	 * @param actionId the stable action id from the catalog
	 * @param value the value the button carried
	 * @param message text of the message the action was invoked on (message shortcuts and
	 * context menus), otherwise {@code null}
	 * @param files the files of the message the action was invoked on; empty for buttons
	 */
	record Action(String actionId, @Nullable String value, @Nullable String message,
			List<FileRef> files) implements Input {

		public Action {
			files = List.copyOf(files);
		}

	}

	/** A submitted form: field name to the text entered. */
	record FormSubmission(String formId, Map<String, String> values) implements Input {

		public FormSubmission {
			values = Map.copyOf(values);
		}

	}

}
