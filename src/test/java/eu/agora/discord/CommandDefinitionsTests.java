package eu.agora.discord;

import java.util.List;

import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

import eu.agora.conversation.Access;
import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Reply;
import eu.agora.conversation.SubcommandSpec;

import static org.assertj.core.api.Assertions.assertThat;

class CommandDefinitionsTests {

	private final CommandCatalog catalog = new CommandCatalog(List.of(new CommandSet() {

		@Override
		public List<CommandSpec> commands() {
			return List.of(new CommandSpec("panel", "Panels",
					List.of(new SubcommandSpec("list", "List panels", List.of(OptionSpec.flag("mine", "only mine")),
							Access.everyone(), (call) -> Reply.text("")),
							new SubcommandSpec("round open", "Open a round",
									List.of(OptionSpec.optional("minutes", OptionType.INTEGER, "how long"),
											OptionSpec.choice("kind", true, "the kind", List.of("vote", "ideas")),
											OptionSpec.argument("panel", OptionType.STRING, "x".repeat(150))),
									Access.everyone(), (call) -> Reply.text("")))));
		}

		@Override
		public List<MessageActionSpec> messageActions() {
			return List.of(new MessageActionSpec("panel:save", "Save as key point", "Saves it", Access.registered(),
					(call) -> Reply.text("")));
		}

	}));

	@Test
	void subcommandGroupsTypedOptionsChoicesAndContextMenusAreRegistered() {
		List<CommandData> commands = CommandDefinitions.of(catalog);
		assertThat(commands).extracting(CommandData::getName).containsExactly("help", "panel", "Save as key point");

		DataObject panel = commands.get(1).toData();
		DataArray top = panel.getArray("options");
		DataObject list = top.getObject(0);
		assertThat(list.getString("name")).isEqualTo("list");
		assertThat(list.getInt("type")).isEqualTo(1);
		assertThat(list.getArray("options").getObject(0).getInt("type")).isEqualTo(5);

		DataObject round = top.getObject(1);
		assertThat(round.getString("name")).isEqualTo("round");
		assertThat(round.getInt("type")).isEqualTo(2);
		DataArray open = round.getArray("options").getObject(0).getArray("options");
		assertThat(open.getObject(0).getString("name")).isEqualTo("kind");
		assertThat(open.getObject(0).getArray("choices").length()).isEqualTo(2);
		assertThat(open.getObject(1).getString("name")).isEqualTo("panel");
		assertThat(open.getObject(1).getString("description")).hasSize(100);
		assertThat(open.getObject(2).getString("name")).isEqualTo("minutes");
		assertThat(open.getObject(2).getInt("type")).isEqualTo(4);

		assertThat(commands.get(2).toData().getInt("type")).isEqualTo(3);
	}

	@Test
	void anAttachmentOptionIsADiscordAttachmentOption() {
		DataObject option = CommandDefinitions
			.option(OptionSpec.argument("file", OptionType.ATTACHMENT, "the file to add"))
			.toData();

		assertThat(option.getInt("type")).isEqualTo(11);
		assertThat(option.getBoolean("required")).isTrue();
	}

}
