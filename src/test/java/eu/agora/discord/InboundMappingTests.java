package eu.agora.discord;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import org.junit.jupiter.api.Test;

import eu.agora.conversation.FileRef;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class InboundMappingTests {

	@Test
	void aSubcommandInAGroupBecomesThePathAndTypedOptionsBecomeText() {
		SlashCommandInteraction command = mock(SlashCommandInteraction.class);
		when(command.getName()).thenReturn("panel");
		when(command.getSubcommandGroup()).thenReturn("round");
		when(command.getSubcommandName()).thenReturn("open");
		List<OptionMapping> options = List.of(option("panel", "P-7"), option("minutes", "15"),
				option("anonymous", "true"));
		when(command.getOptions()).thenReturn(options);

		Input.CommandParts parts = InboundMapping.command(command);

		assertThat(parts.command()).isEqualTo("panel");
		assertThat(parts.path()).containsExactly("round", "open");
		assertThat(parts.options()).isEqualTo(Map.of("panel", "P-7", "minutes", "15", "anonymous", "true"));
	}

	@Test
	void anAttachmentOptionBecomesAFileWithTheAttachmentsNameTypeSizeAndUrl() {
		SlashCommandInteraction command = mock(SlashCommandInteraction.class);
		when(command.getName()).thenReturn("knowledge");
		when(command.getSubcommandName()).thenReturn("add");
		Message.Attachment attachment = mock(Message.Attachment.class);
		when(attachment.getFileName()).thenReturn("plan.pdf");
		when(attachment.getContentType()).thenReturn("application/pdf");
		when(attachment.getSize()).thenReturn(2048);
		when(attachment.getUrl()).thenReturn("https://cdn.discordapp.com/attachments/1/2/plan.pdf");
		OptionMapping file = mock(OptionMapping.class);
		when(file.getName()).thenReturn("file");
		when(file.getType()).thenReturn(OptionType.ATTACHMENT);
		when(file.getAsAttachment()).thenReturn(attachment);
		List<OptionMapping> options = List.of(file, option("title", "Plan"));
		when(command.getOptions()).thenReturn(options);

		Input.CommandParts parts = InboundMapping.command(command);

		assertThat(parts.options()).isEqualTo(Map.of("title", "Plan"));
		assertThat(parts.files()).isEqualTo(Map.of("file", new FileRef("plan.pdf", "application/pdf", 2048,
				"https://cdn.discordapp.com/attachments/1/2/plan.pdf")));
	}

	@Test
	void aCommandWithoutSubcommandsHasAnEmptyPath() {
		SlashCommandInteraction command = mock(SlashCommandInteraction.class);
		when(command.getName()).thenReturn("help");
		when(command.getOptions()).thenReturn(List.of());
		assertThat(InboundMapping.command(command).path()).isEmpty();
	}

	@Test
	void theSenderIsTheUserIdWithTheMembersNameAndRoleNames() {
		Interaction interaction = memberInteraction();
		Inbound inbound = InboundMapping.inbound(interaction, new Input.Message("hi"));
		assertThat(inbound.sender())
			.isEqualTo(new Sender(Platform.DISCORD, "42", "Ola from Łódź", Set.of("Mission Moderators")));
		assertThat(inbound.workspace()).isEqualTo("G1");
		assertThat(inbound.channel()).isEqualTo("C1");
		assertThat(inbound.thread()).isNull();
		assertThat(inbound.locale()).isEqualTo(Locale.forLanguageTag("pl"));
	}

	@Test
	void inADirectMessageTheSenderHasNoRolesAndThereIsNoWorkspace() {
		Interaction interaction = mock(Interaction.class);
		User user = user();
		when(interaction.getUser()).thenReturn(user);
		when(interaction.getChannelId()).thenReturn("D1");
		when(interaction.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_UK);
		Inbound inbound = InboundMapping.inbound(interaction, new Input.Message("hi"));
		assertThat(inbound.sender().displayName()).isEqualTo("Ola");
		assertThat(inbound.sender().platformRoles()).isEmpty();
		assertThat(inbound.workspace()).isNull();
	}

	private static Interaction memberInteraction() {
		Interaction interaction = mock(Interaction.class);
		User user = user();
		Member member = mock(Member.class);
		Role role = mock(Role.class);
		Guild guild = mock(Guild.class);
		when(role.getName()).thenReturn("Mission Moderators");
		when(member.getEffectiveName()).thenReturn("Ola from Łódź");
		when(member.getRoles()).thenReturn(List.of(role));
		when(guild.getId()).thenReturn("G1");
		when(interaction.getUser()).thenReturn(user);
		when(interaction.getMember()).thenReturn(member);
		when(interaction.getGuild()).thenReturn(guild);
		when(interaction.getChannelId()).thenReturn("C1");
		when(interaction.getUserLocale()).thenReturn(DiscordLocale.POLISH);
		return interaction;
	}

	private static User user() {
		User user = mock(User.class);
		when(user.getId()).thenReturn("42");
		when(user.getEffectiveName()).thenReturn("Ola");
		return user;
	}

	private static OptionMapping option(String name, String value) {
		OptionMapping option = mock(OptionMapping.class);
		when(option.getName()).thenReturn(name);
		when(option.getAsString()).thenReturn(value);
		return option;
	}

}
