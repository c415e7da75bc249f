package eu.agora.discord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.jspecify.annotations.Nullable;

import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.SubcommandSpec;

/**
 * The catalog as Discord application commands: a slash command per top-level command with
 * its subcommands and groups ({@code round open} becomes group {@code round}, subcommand
 * {@code open}), typed options with choices (attachment options as Discord attachment
 * options), and a message context-menu command per message action.
 */
final class CommandDefinitions {

	static final int MAX_TEXT = 100;

	private CommandDefinitions() {
	}

	static List<CommandData> of(CommandCatalog catalog) {
		List<CommandData> all = new ArrayList<>();
		catalog.commands().forEach((spec) -> all.add(slash(spec)));
		catalog.messageActions().forEach((action) -> all.add(message(action)));
		return all;
	}

	static SlashCommandData slash(CommandSpec spec) {
		SlashCommandData command = Commands.slash(spec.name(), description(spec.description()));
		if (!spec.hasSubcommands()) {
			return command.addOptions(options(spec.subcommands().get(0).options()));
		}
		Map<String, SubcommandGroupData> groups = new LinkedHashMap<>();
		for (SubcommandSpec sub : spec.subcommands()) {
			List<String> path = sub.path();
			SubcommandData data = new SubcommandData(path.get(path.size() - 1), description(sub.description()))
				.addOptions(options(sub.options()));
			if (path.size() == 1) {
				command.addSubcommands(data);
			}
			else {
				groups
					.computeIfAbsent(path.get(0),
							(name) -> new SubcommandGroupData(name, "/" + spec.name() + " " + name))
					.addSubcommands(data);
			}
		}
		command.addSubcommandGroups(groups.values());
		return command;
	}

	static CommandData message(MessageActionSpec action) {
		return Commands.message(action.name());
	}

	/** Discord wants required options first; the order only matters for registration. */
	static List<OptionData> options(List<OptionSpec> specs) {
		return specs.stream()
			.sorted(Comparator.comparing((OptionSpec spec) -> !spec.required()))
			.map(CommandDefinitions::option)
			.toList();
	}

	static OptionData option(OptionSpec spec) {
		OptionData option = new OptionData(type(spec.type()), spec.name(), description(spec.description()),
				spec.required());
		spec.choices()
			.stream()
			.limit(OptionData.MAX_CHOICES)
			.forEach((choice) -> option.addChoice(shorten(choice), shorten(choice)));
		return option;
	}

	// two types named OptionType meet here: the core's is written out in full
	@SuppressWarnings("checkstyle:inlineFullyQualifiedName")
	static OptionType type(eu.agora.conversation.OptionType type) {
		return switch (type) {
			case INTEGER -> OptionType.INTEGER;
			case NUMBER -> OptionType.NUMBER;
			case BOOLEAN, FLAG -> OptionType.BOOLEAN;
			case STRING, TEXT, DATE, DATE_TIME, ZONE, CHOICE -> OptionType.STRING;
			case ATTACHMENT -> OptionType.ATTACHMENT;
		};
	}

	/** Descriptions are 1 to 100 characters. */
	static String description(@Nullable String text) {
		String stripped = (text == null) ? "" : text.strip();
		return stripped.isEmpty() ? "-" : shorten(stripped);
	}

	private static String shorten(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

}
