package eu.agora;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import eu.agora.conversation.Access;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.Downloads;
import eu.agora.conversation.FileRef;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Reply;
import eu.agora.conversation.SubcommandSpec;

/**
 * A command and a message action that take a file, as the knowledge feature will: both
 * fetch it through {@link Downloads} (at most {@link #LIMIT}) and answer with its name,
 * size and SHA-256. Import it into a test's context, or give it to a separate Agora
 * process with {@code --spring.main.sources=eu.agora.FileTestCommands}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FileTestCommands {

	public static final long LIMIT = 1024 * 1024;

	public static final String ACTION = "Echo the file";

	@Bean
	CommandSet fileTestCommandSet(Downloads downloads) {
		return new CommandSet() {

			@Override
			public List<CommandSpec> commands() {
				return List.of(new CommandSpec("filetest", "Files for the adapter tests",
						List.of(new SubcommandSpec("echo", "Names a file and its SHA-256",
								List.of(OptionSpec.argument("file", OptionType.ATTACHMENT, "the file")),
								Access.everyone(), (call) -> echo(downloads, call)))));
			}

			@Override
			public List<MessageActionSpec> messageActions() {
				return List.of(MessageActionSpec.onFiles("filetest:echo", ACTION, "Names the file and its SHA-256",
						Access.everyone(), (call) -> echo(downloads, call)));
			}

		};
	}

	private static Reply echo(Downloads downloads, CommandCall call) {
		FileRef file = call.options().file("file").orElseThrow();
		byte[] bytes = downloads.fetch(call.inbound().platform(), file, LIMIT);
		return Reply.text("echo " + file.name() + " " + bytes.length + " bytes sha256:" + sha256(bytes));
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
