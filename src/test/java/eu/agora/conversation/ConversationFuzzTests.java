package eu.agora.conversation;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import eu.agora.AgoraApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated command lines, as each role, against the whole conversation core: whatever is
 * typed, the answer is never an internal error, and every error says what is wrong and
 * what to do (a problem and a hint, or the usage). Runs in its own application context
 * and database, since the lines may erase, import and grant.
 */
class ConversationFuzzTests {

	private static final List<String> ROLES = List.of("fuzz-visitor", "fuzz-officer", "fuzz-moderator",
			"fuzz-coordinator", "shell-admin");

	private static final List<String> VALUES = List.of("Lodz", "Seville", "lodz_pt", "C-1", "C-999", "A-1", "P-1",
			"P-2", "M-1", "G-1", "-1", "0", "100", "101", "4294967296", "99999999999999999999", "1e309",
			"2031-03-30T02:30", "2031-10-26T02:30", "9999-12-31", "2030-12-31", "31/12/2030", "\u001B[31mred",
			"\u202Egpj.exe", "\u200B\u200B", "\"quoted value\"", "“typographic”", "https://example.org/x", "http://x",
			"x".repeat(300), "<@U1>", "@fuzz-officer", "energy", "helpful", "csv", "json", "confirm", "city:Lodz", "EU",
			"country:PL", "officer", "admin", ":", "::", "\"", "key:", "Łódź", "日本", "%00", "$where", "{\"$gt\":1}",
			"Energy Transition", "40 % by 2030", "2.5 million EUR", "1000000000000000000 EUR");

	private static ConfigurableApplicationContext context;

	private static Conversation conversation;

	@BeforeContainer
	static void start() {
		context = new SpringApplicationBuilder(AgoraApplication.class)
			.properties("agora.storage.embedded.backend=memory", "agora.storage.embedded.port=0",
					"agora.shell.enabled=false", "agora.scheduling.enabled=false", "agora.knowledge.index=memory",
					"agora.knowledge.starter=false", "spring.main.banner-mode=off")
			.run();
		conversation = context.getBean(Conversation.class);
		say("fuzz-officer", "/city register Lodz");
		say("shell-admin", "/city approve fuzz-officer");
		for (String role : List.of("moderator", "coordinator")) {
			say("fuzz-" + role, "/agora whoami");
			say("shell-admin", "/agora role fuzz-" + role + " " + role);
		}
		say("fuzz-officer", "/commit add title:\"Fuzzed\" owner:\"Energy\" domain:energy target:\"40 % by 2030\" "
				+ "deadline:2030-12-31");
	}

	@AfterContainer
	static void stop() {
		context.close();
	}

	@Property(tries = 600)
	void anyLineAsAnyRoleGetsAnAnswerThatIsNoInternalErrorAndSaysWhatToFix(@ForAll("roles") String user,
			@ForAll("lines") String line) {
		Reply reply = say(user, line);

		String text = PlainText.render(reply);
		assertThat(text).as(line).isNotBlank().doesNotContain("something went wrong").doesNotContain("Exception");
		if (reply.error()) {
			assertThat(text.strip()).as("an error for %s names what to fix", line).contains("\n");
		}
	}

	@Provide
	Arbitrary<String> roles() {
		return Arbitraries.of(ROLES);
	}

	@Provide
	Arbitrary<String> lines() {
		Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(40).map((text) -> "/" + text);
		return Arbitraries.frequencyOf(Tuple.of(4, catalogLines()), Tuple.of(1, noise))
			.map(String::strip)
			.filter((line) -> !line.isEmpty());
	}

	private Arbitrary<String> catalogLines() {
		List<String[]> commands = new ArrayList<>();
		for (CommandSpec command : context.getBean(CommandCatalog.class).commands()) {
			for (SubcommandSpec sub : command.subcommands()) {
				List<String> names = sub.options().stream().map(OptionSpec::name).toList();
				commands.add(new String[] { "/" + command.name() + " " + String.join(" ", sub.path()),
						String.join(",", names) });
			}
		}
		Arbitrary<String[]> command = Arbitraries.of(commands);
		Arbitrary<List<String>> values = Arbitraries.of(VALUES).list().ofMaxSize(4);
		Arbitrary<List<Boolean>> named = Arbitraries.of(true, false).list().ofSize(4);
		return Combinators.combine(command, values, named).as((spec, picked, keyed) -> {
			String[] options = spec[1].isEmpty() ? new String[0] : spec[1].split(",");
			StringBuilder line = new StringBuilder(spec[0].strip());
			for (int i = 0; i < picked.size(); i++) {
				String value = picked.get(i);
				boolean asOption = keyed.get(i) && options.length > 0;
				line.append(' ').append(asOption ? options[i % options.length] + ":" + quoted(value) : value);
			}
			return line.toString();
		});
	}

	private static String quoted(String value) {
		return value.contains(" ") && !value.startsWith("\"") ? "\"" + value + "\"" : value;
	}

	private static Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user), new Input.CommandText(text)));
	}

}
