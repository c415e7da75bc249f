package eu.agora.twinning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.agora.AgoraProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scripted shell session of the issue, as its moderator and two officers run it
 * through the packaged program: profiles for seven cities, a cohort of the seven matched
 * into two pairs and one trio with reasons, introductions, a second round that repeats no
 * pair (each group introduced in one conversation with its registered officers), a pair
 * moved to "replication plan" with an action that `/commit list` shows — and all of it
 * still there after a restart.
 */
class TwinningJourneyTests {

	private static final String COHORT = "Heat 2027";

	private static final Pattern GROUP = Pattern.compile("^\\d+\\. (.+) — score", Pattern.MULTILINE);

	private static final Pattern PUBLISHED = Pattern.compile("^- (T-\\d+) (.+) — ", Pattern.MULTILINE);

	@TempDir
	Path dir;

	@Test
	void sevenCitiesAreMatchedIntroducedRematchedWithoutRepeatsAndPlannedIntoTheLedgerAcrossARestart() {
		Path data = dir.resolve("data");
		run(data, "ola", "/city register Lodz");
		run(data, "marta", "/city register Seville");
		AgoraProcess.Result script = script(data, "shell-admin", "/city approve ola", "/city approve marta",
				"/twin profile set city:Lodz strengths:buildings needs:energy,finance languages:pl,en population:670000 office:\"Energy Office\"",
				"/twin profile set city:Seville strengths:energy needs:buildings languages:es,en population:690000",
				"/twin profile set city:Malmo strengths:mobility needs:waste-circularity languages:sv,en",
				"/twin profile set city:Lyon strengths:waste-circularity needs:mobility languages:fr,en",
				"/twin profile set city:Krakow strengths:finance needs:energy languages:pl,en",
				"/twin profile set city:Lisbon strengths:water needs:energy languages:pt,en",
				"/twin profile set city:Dublin strengths:energy needs:water languages:en",
				"/twin cohort create " + COHORT,
				"/twin cohort add \"" + COHORT + "\" Lodz Seville Malmo Lyon Krakow Lisbon Dublin",
				"/twin match \"" + COHORT + "\"", "/twin publish \"" + COHORT + "\"", "/twin round \"" + COHORT + "\"",
				"/twin match \"" + COHORT + "\"", "/twin publish \"" + COHORT + "\"");
		List<JsonNode> session = replies(script, 16);
		List<JsonNode> messages = script.replies().stream().filter((line) -> !line.hasNonNull("replyTo")).toList();
		assertThat(messages).anySatisfy((message) -> {
			assertThat(message.get("to").asString()).startsWith("group:").contains("shell:ola");
			assertThat(text(message)).contains("Meet your twins").contains("A starter agenda").contains("Łódź");
		});
		String firstMatch = text(session.get(11));
		assertThat(firstMatch).contains("3 groups, 1 of them a trio").contains("is strong in").contains("(+");
		List<List<String>> first = groups(firstMatch);
		assertThat(first).extracting(List::size).containsExactlyInAnyOrder(2, 2, 3);
		assertThat(first.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrder("Łódź", "Seville", "Malmö",
				"Lyon", "Kraków", "Lisbon", "Dublin");
		assertThat(pairsOf(groups(text(session.get(14))))).doesNotContainAnyElementsOf(pairsOf(first));
		assertThat(text(session.get(12))).contains("No registered officer");
		assertThat(session.get(12).get("error").asBoolean()).isFalse();

		String pair = pairWith("Łódź", text(session.get(12)));
		run(data, "shell-admin", "/twin status " + pair + " replication plan note:\"plan drafted with the twins\"",
				"/twin plan " + pair
						+ " add title:\"District heat pumps as the twins do\" domain:energy target:\"40 % CO2e by 2030\" deadline:2030-12-31 city:Lodz");

		List<JsonNode> later = run(data, "shell-admin", "/commit list city:Lodz", "/twin show " + pair,
				"/twin cohort show \"" + COHORT + "\"", "/twin report \"" + COHORT + "\"");
		assertThat(text(later.get(0))).contains("District heat pumps as the twins do");
		assertThat(text(later.get(1))).contains("replication plan")
			.contains("plan drafted with the twins")
			.contains("District heat pumps as the twins do");
		assertThat(text(later.get(2))).contains("round 1").contains("round 2");
		assertThat(text(later.get(3))).contains("Pairs and trios").contains("6").contains("replication plan 1");
	}

	private static String pairWith(String city, String published) {
		Matcher matcher = PUBLISHED.matcher(published);
		while (matcher.find()) {
			if (matcher.group(2).contains(city)) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("No pair with " + city + " in " + published);
	}

	private static List<List<String>> groups(String proposal) {
		List<List<String>> groups = new ArrayList<>();
		Matcher matcher = GROUP.matcher(proposal);
		while (matcher.find()) {
			groups.add(List.of(matcher.group(1).split(", | & ")));
		}
		return groups;
	}

	private static Set<Set<String>> pairsOf(List<List<String>> groups) {
		Set<Set<String>> pairs = new HashSet<>();
		for (List<String> group : groups) {
			Proposing.forEachTwoOf(group, (a, b) -> pairs.add(Set.of(a, b)));
		}
		return pairs;
	}

	private static List<JsonNode> run(Path data, String user, String... lines) {
		return replies(script(data, user, lines), lines.length);
	}

	private static AgoraProcess.Result script(Path data, String user, String... lines) {
		AgoraProcess.Result result = AgoraProcess.script(data, String.join("\n", lines) + "\n",
				"--agora.shell.format=json", "--agora.shell.user=" + user);
		assertThat(result.exitCode()).isZero();
		return result;
	}

	private static List<JsonNode> replies(AgoraProcess.Result result, int count) {
		List<JsonNode> replies = result.replies().stream().filter((line) -> line.hasNonNull("replyTo")).toList();
		assertThat(replies).hasSize(count)
			.allSatisfy((reply) -> assertThat(reply.get("error").asBoolean()).as(text(reply)).isFalse());
		return replies;
	}

	private static String text(JsonNode reply) {
		return reply.get("text").asString();
	}

}
