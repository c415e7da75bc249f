package eu.agora.discord;

import java.util.List;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.CommandCatalog;

/**
 * Registers the catalog once at start: in each configured guild (visible at once, for
 * development and tests) or globally (Discord may take a while to show changes). Both
 * replace the previous registration, so removed commands disappear.
 */
final class RegisteringCommands {

	private static final Logger log = LoggerFactory.getLogger(RegisteringCommands.class);

	private RegisteringCommands() {
	}

	static void register(JDA jda, CommandCatalog catalog, List<String> guildIds) {
		List<CommandData> commands = CommandDefinitions.of(catalog);
		if (guildIds.isEmpty()) {
			jda.updateCommands().addCommands(commands).complete();
			log.info("Registered {} Discord commands globally", commands.size());
			return;
		}
		for (String guildId : guildIds) {
			Guild guild = jda.getGuildById(guildId);
			if (guild == null) {
				log.warn("Not registering commands in guild {}: the bot is not a member (agora.discord.guild-ids)",
						guildId);
				continue;
			}
			guild.updateCommands().addCommands(commands).complete();
			log.info("Registered {} Discord commands in guild {} ({})", commands.size(), guild.getName(), guildId);
		}
	}

}
