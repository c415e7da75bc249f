package eu.agora.shell;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Callers;
import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.TakingCommands;

/**
 * Runs the shell once the application has started, then ends the program with exit code
 * 0.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = ShellModeEnvironment.ENABLED, havingValue = "true")
class ShellRunner implements ApplicationRunner {

	private final Conversation conversation;

	private final CommandCatalog catalog;

	private final ShellProperties properties;

	private final AtomicReference<ReplyPrinter> printer;

	private final JsonMapper json;

	private final Path dataDir;

	private final ConfigurableApplicationContext context;

	private final Callers callers;

	private final ShellCompleter.CompletionValues values;

	ShellRunner(Conversation conversation, CommandCatalog catalog, ShellProperties properties,
			AtomicReference<ReplyPrinter> shellPrinter, JsonMapper json,
			@Value("${agora.data-dir:./data}") Path dataDir, ConfigurableApplicationContext context, Callers callers,
			ShellCompleter.CompletionValues values) {
		this.callers = callers;
		this.values = values;
		this.conversation = conversation;
		this.catalog = catalog;
		this.properties = properties;
		this.printer = shellPrinter;
		this.json = json;
		this.dataDir = dataDir;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		ShellSession session = new ShellSession(conversation, callers, properties.user());
		if (Terminals.interactive()) {
			boolean admin = callers.identify(session.sender()).isAdmin();
			new InteractiveShell(session, new ShellCompleter(catalog, values), dataDir).run(this::install, admin,
					this::takingCommands);
		}
		else {
			ReplyPrinter out = install(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
			takingCommands();
			new ScriptedShell(session).run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
					out);
		}
		System.exit(SpringApplication.exit(context, () -> 0));
	}

	private void takingCommands() {
		context.publishEvent(new TakingCommands("shell"));
	}

	private ReplyPrinter install(PrintWriter out) {
		ReplyPrinter chosen = (properties.format() == ShellProperties.Format.JSON) ? new JsonReplyPrinter(out, json)
				: new TextReplyPrinter(out, dataDir.resolve("files"), catalog);
		printer.set(chosen);
		return chosen;
	}

}
