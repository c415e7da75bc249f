package eu.agora.discord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.CommandInteractionPayload;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.FileRef;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Sender;

/**
 * Turns an interaction into an {@link Inbound}: the sender's user id, name and role
 * names, the guild, channel and thread, the user's locale, and the input.
 */
final class InboundMapping {

	private static final Logger log = LoggerFactory.getLogger(InboundMapping.class);

	private InboundMapping() {
	}

	static Inbound inbound(Interaction interaction, Input input) {
		Channel channel = interaction.getChannel();
		String channelId = interaction.getChannelId();
		String thread = null;
		if (channel instanceof ThreadChannel threadChannel) {
			thread = threadChannel.getId();
			channelId = threadChannel.getParentChannel().getId();
		}
		String guild = (interaction.getGuild() != null) ? interaction.getGuild().getId() : null;
		return new Inbound(sender(interaction), guild, channelId, thread, interaction.getUserLocale().toLocale(),
				input);
	}

	static Sender sender(Interaction interaction) {
		Member member = interaction.getMember();
		String name = (member != null) ? member.getEffectiveName() : interaction.getUser().getEffectiveName();
		return new Sender(Platform.DISCORD, interaction.getUser().getId(), name, roleNames(member));
	}

	/**
	 * The command, its subcommand group and subcommand, the options as text and the
	 * attachment options as files.
	 */
	static Input.CommandParts command(CommandInteractionPayload command) {
		List<String> path = new ArrayList<>();
		if (command.getSubcommandGroup() != null) {
			path.add(command.getSubcommandGroup());
		}
		if (command.getSubcommandName() != null) {
			path.add(command.getSubcommandName());
		}
		Map<String, String> options = new LinkedHashMap<>();
		Map<String, FileRef> files = new LinkedHashMap<>();
		for (OptionMapping option : command.getOptions()) {
			if (option.getType() == OptionType.ATTACHMENT) {
				files.put(option.getName(), file(option.getAsAttachment()));
			}
			else {
				options.put(option.getName(), option.getAsString());
			}
		}
		return new Input.CommandParts(command.getName(), path, options, files);
	}

	/** The files of the message a context-menu command ran on. */
	static List<FileRef> files(Message message) {
		return message.getAttachments().stream().map(InboundMapping::file).toList();
	}

	static FileRef file(Message.Attachment attachment) {
		return new FileRef(attachment.getFileName(), attachment.getContentType(), attachment.getSize(),
				attachment.getUrl());
	}

	static Set<String> roleNames(@Nullable Member member) {
		if (member == null) {
			return Set.of();
		}
		try {
			return member.getRoles().stream().map(Role::getName).collect(Collectors.toSet());
		}
		catch (RuntimeException ex) {
			// a guild the bot does not see (user-installed app) has no role names to
			// offer
			log.debug("No role names for {}: {}", member.getId(), ex.toString());
			return Set.of();
		}
	}

}
