package eu.agora.conversation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files in the core: attachment options from typed text and from platform parts, files of
 * message actions, and the size limit of {@link Downloads}.
 */
class FilesTests {

	private static final long MB = 1024 * 1024;

	private final FakeShellFiles shell = new FakeShellFiles();

	private final RoutingDownloads downloads = new RoutingDownloads(
			new StaticListableBeanFactory(Map.of("shellDownloads", shell)).getBeanProvider(PlatformDownloads.class));

	private final Conversation conversation = new Conversation(new CommandCatalog(List.of(new FileCommands())),
			(sender) -> TestCommands.OFFICER, 4000, downloads);

	@Test
	void aPathTypedInTheShellBecomesAFileOfThePlatformsMaking() {
		Reply named = say(Platform.SHELL, "/doc add file:./plan.pdf title:Plan");
		Reply positional = say(Platform.SHELL, "/doc add \"./my plan.pdf\"");

		assertThat(text(named)).isEqualTo(
				"{file=FileRef[name=plan.pdf, mediaType=null, size=-1, location=/wd/plan.pdf], " + "title=Plan}");
		assertThat(text(positional)).contains("name=my plan.pdf");
	}

	@Test
	void onAPlatformWithoutTypedFilesTheErrorPointsToTheMessageActionsOfTheSameSet() {
		Reply reply = say(Platform.DISCORD, "/doc add file:plan.pdf");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("can't be given as typed text").contains("then use \"Add document\"");
	}

	@Test
	void filesTheDiscordAdapterResolvedBindToAttachmentOptions() {
		FileRef plan = new FileRef("plan.pdf", "application/pdf", 1234, "https://cdn.example/plan.pdf");
		Reply reply = conversation.handle(Inbound.direct(new Sender(Platform.DISCORD, "42", "Ola"),
				new Input.CommandParts("doc", List.of("add"), Map.of("title", "Plan"), Map.of("file", plan))));
		Reply wrongOption = conversation.handle(Inbound.direct(new Sender(Platform.DISCORD, "42", "Ola"),
				new Input.CommandParts("doc", List.of("add"), Map.of("file", "x"), Map.of("title", plan))));

		assertThat(text(reply)).isEqualTo("{file=" + plan + ", title=Plan}");
		assertThat(wrongOption.error()).isTrue();
		assertThat(text(wrongOption)).contains("title takes text, not a file");
	}

	@Test
	void aMessageActionGetsTheFirstFileAndAllFiles() {
		FileRef one = new FileRef("one.md", "text/markdown", 10, "u1");
		FileRef two = new FileRef("two.md", null, -1, "u2");
		Reply reply = conversation.handle(Inbound.direct(new Sender(Platform.SLACK, "U1", "Ola"),
				new Input.Action("doc:add", null, "see attached", List.of(one, two))));

		assertThat(text(reply)).isEqualTo("first one.md of 2, text: see attached");
	}

	@Test
	void aMessageActionThatTakesFilesOnAMessageWithoutOneSaysSo() {
		Reply reply = conversation.handle(Inbound.direct(new Sender(Platform.SLACK, "U1", "Ola"),
				new Input.Action("doc:add", null, "no file here", List.of())));

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("\"Add document\" works on a message with a file");
	}

	@Test
	void theCatalogKnowsWhichFileActionsBelongToACommandsSet() {
		CommandCatalog catalog = conversation.catalog();

		assertThat(catalog.fileActionsFor("doc", "add")).extracting(MessageActionSpec::name)
			.containsExactly("Add document");
		assertThat(catalog.fileActionsFor("help", "")).isEmpty();
		assertThat(catalog.messageAction("doc:note").orElseThrow().takesFiles()).isFalse();
	}

	@Test
	void aFileLargerThanTheLimitBySizeIsRefusedBeforeTheAdapterIsAsked() {
		FileRef big = new FileRef("big.pdf", null, 3 * MB / 2, "/wd/big.pdf");

		assertThatThrownBy(() -> downloads.fetch(Platform.SHELL, big, MB))
			.isInstanceOf(Downloads.FileTooLargeException.class)
			.isInstanceOf(UserError.class)
			.hasMessage("`big.pdf` is 1.5 MB; Agora takes files up to 1 MB.");
		assertThat(shell.fetches).hasValue(0);
	}

	@Test
	void aFileOfUnknownSizeIsRefusedWhenTheStreamPassesTheLimit() throws IOException {
		FileRef unknown = new FileRef("stream.bin", null, -1, "x");
		byte[] exactly = PlatformDownloads.readAtMost(new ByteArrayInputStream(new byte[1000]), unknown, 1000);
		CountingStream endless = new CountingStream();

		assertThat(exactly).hasSize(1000);
		assertThatThrownBy(() -> PlatformDownloads.readAtMost(endless, unknown, MB))
			.isInstanceOf(Downloads.FileTooLargeException.class)
			.hasMessage("`stream.bin` is larger than 1 MB, the most Agora takes.");
		assertThat(endless.read).isEqualTo(MB + 1);
	}

	@Test
	void aDownloadProblemReachesTheUserAsAnErrorReply() {
		Reply missing = say(Platform.SHELL, "/doc fetch file:./gone.pdf");
		Reply tooLarge = say(Platform.SHELL, "/doc fetch file:./huge.bin");

		assertThat(missing.error()).isTrue();
		assertThat(text(missing)).startsWith("no such file: /wd/gone.pdf\n");
		assertThat(tooLarge.error()).isTrue();
		assertThat(text(tooLarge)).contains("larger than 1 MB");
	}

	@Test
	void aFileFromAPlatformThatIsNotConnectedCannotBeFetched() {
		FileRef file = new FileRef("a.pdf", null, 1, "https://files.slack.com/a.pdf");

		assertThatThrownBy(() -> downloads.fetch(Platform.SLACK, file, MB))
			.isInstanceOf(Downloads.DownloadFailedException.class)
			.hasMessageContaining("not connected to slack");
	}

	@Test
	void aFileJustOverTheLimitIsShownInBytes() {
		FileRef justOver = new FileRef("scan.bin", null, MB + 1, "x");

		assertThatThrownBy(() -> downloads.fetch(Platform.SHELL, justOver, MB))
			.hasMessage("`scan.bin` is 1,048,577 bytes; Agora takes files up to 1 MB (1,048,576 bytes).");
	}

	@Test
	void limitsAreShownInMegabytes() {
		assertThat(Downloads.FileTooLargeException.megabytes(MB)).isEqualTo("1 MB");
		assertThat(Downloads.FileTooLargeException.megabytes(25 * MB / 10)).isEqualTo("2.5 MB");
		assertThat(Downloads.FileTooLargeException.megabytes(20_000)).isEqualTo("0.1 MB");
	}

	@Test
	void theUsageLineShowsAnAttachment() {
		SubcommandSpec add = conversation.catalog().command("doc").orElseThrow().subcommand("add").orElseThrow();
		assertThat(add.usage("doc")).isEqualTo("/doc add <file> [title:<title>]");
		assertThat(OptionSpec.optional("file", OptionType.ATTACHMENT, "a file").usage())
			.isEqualTo("[file:<attachment>]");
	}

	private Reply say(Platform platform, String text) {
		return conversation.handle(Inbound.direct(new Sender(platform, "u1", "Ola"), new Input.CommandText(text)));
	}

	private static String text(Reply reply) {
		return PlainText.render(reply);
	}

	/** A command and message actions with files, the way a knowledge feature has them. */
	static final class FileCommands implements CommandSet {

		@Override
		public List<CommandSpec> commands() {
			return List.of(new CommandSpec("doc", "Documents", List.of(
					new SubcommandSpec("add", "Add a document",
							List.of(OptionSpec.argument("file", OptionType.ATTACHMENT, "the document"),
									OptionSpec.optional("title", OptionType.STRING, "a title")),
							Access.everyone(), (call) -> Reply.text(call.options().asMap().toString())),
					new SubcommandSpec("fetch", "Fetch a document",
							List.of(OptionSpec.argument("file", OptionType.ATTACHMENT, "the document")),
							Access.everyone(), (call) -> {
								FileRef file = call.options().file("file").orElseThrow();
								throw (file.name().equals("gone.pdf"))
										? new Downloads.DownloadFailedException("no such file: " + file.location())
										: new Downloads.FileTooLargeException(file, MB);
							}))));
		}

		@Override
		public List<MessageActionSpec> messageActions() {
			return List.of(MessageActionSpec.onFiles("doc:add", "Add document", "Adds the file", Access.everyone(),
					(call) -> Reply.text("first " + call.options().file("file").map(FileRef::name).orElse("none")
							+ " of " + call.options().files("files").size() + ", text: "
							+ call.options().requiredText("message"))),
					new MessageActionSpec("doc:note", "Note", "Notes the text", Access.everyone(),
							(call) -> Reply.text("noted")));
		}

	}

	/** The shell's way with typed paths, without touching the disk. */
	static final class FakeShellFiles implements PlatformDownloads {

		final AtomicInteger fetches = new AtomicInteger();

		@Override
		public Platform platform() {
			return Platform.SHELL;
		}

		@Override
		public FileRef fromText(String text, List<MessageActionSpec> fileActions) {
			String name = text.substring(text.lastIndexOf('/') + 1);
			return new FileRef(name, null, -1, "/wd/" + name);
		}

		@Override
		public byte[] fetch(FileRef file, long maxBytes) {
			fetches.incrementAndGet();
			return new byte[0];
		}

	}

	/** An endless stream that counts what was read from it. */
	static final class CountingStream extends InputStream {

		long read;

		@Override
		public int read() {
			read++;
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			read += length;
			return length;
		}

	}

}
