package eu.agora.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.Says;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /digest preview} over the whole application: a coordinator's week with every
 * section, its changes and commands, and the chart as a PNG.
 */
@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class DigestPreviewTests {

	static final Instant MONDAY = Instant.parse("2026-03-02T07:00:00Z");

	@Autowired
	Conversation conversation;

	@Autowired
	MutableClock clock;

	Says says;

	@Autowired
	void says(Conversation conversation) {
		this.says = new Says(conversation);
	}

	@Test
	void aCoordinatorsPreviewHasEverySectionWithChangesAndCommandsAndAChart() throws IOException {
		String ola = says.officer("Lodz");
		String kasia = Says.unique("kasia");
		String panel = "Heat " + Says.unique("p");
		clock.set(MONDAY.minus(Duration.ofDays(9)));
		says.ok(kasia, "/agora whoami");
		says.ok("shell-admin", "/agora role " + kasia + " coordinator scope:country:PL");
		says.ok(ola, "/commit add title:\"Digest heat " + ola
				+ "\" domain:energy target:\"40 % by 2030\" deadline:2030-12-31 owner:\"Energy\"");
		says.ok(ola, "/commit add title:\"Digest late " + ola
				+ "\" domain:energy target:\"10 % by 2026\" deadline:2026-02-25 owner:\"Energy\"");
		says.ok(ola, "/ask Which tram depots in Łódź run on geothermal heat " + ola + "?");
		says.ok("shell-admin", "/panel create " + panel + " domains:energy");
		says.ok(ola, "/panel join " + panel);

		clock.set(MONDAY.minus(Duration.ofDays(2)));
		says.ok(ola, "/commit update " + idOf(ola, "Digest heat") + " progress:30 status:in-progress");
		says.ok("shell-admin", "/panel start " + panel);
		says.ok("shell-admin", "/panel round open " + panel + " question:\"What works?\"");
		says.ok(ola, "/panel note \"" + panel + "\" \"Heat pumps in schools first\"");
		says.ok("shell-admin", "/panel round close " + panel);
		says.ok("shell-admin", "/panel summary " + panel);
		says.ok("shell-admin", "/panel publish " + panel);

		clock.set(MONDAY);
		Reply digest = says.say(kasia, "/digest preview");

		String text = Says.text(digest);
		assertThat(digest.error()).as(text).isFalse();
		assertThat(text).contains("Weekly digest — Poland")
			.contains("Commitments")
			.contains("with progress")
			.contains("overdue")
			.contains("Digest late " + ola)
			.contains("Panel outcomes")
			.contains(panel)
			.contains("Knowledge gaps")
			.contains("geothermal")
			.contains("Escalations waiting")
			.contains("Cities with no activity")
			.contains("on last week")
			.contains("/commit show C-");
		byte[] png = Says.file(digest, "digest.png");
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(digest.elements()).anySatisfy((e) -> assertThat(e).isInstanceOfSatisfying(Element.Image.class,
				(image) -> assertThat(image.url()).isEqualTo("attachment://digest.png")));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/digest-preview.png"), png);
	}

	@Test
	void theSummaryFitsOneScreenAndMoreShowsEveryLine() {
		String kasia = Says.unique("kasia");
		clock.set(MONDAY);
		says.ok(kasia, "/agora whoami");
		says.ok("shell-admin", "/agora role " + kasia + " coordinator scope:country:PL");

		Reply brief = says.say(kasia, "/digest preview");
		Reply more = says.say(kasia, "/digest preview scope:country:PL more");
		Reply pressed = says.press(kasia, DigestReplies.MORE, "country:PL");

		assertThat(items(brief)).isLessThanOrEqualTo(DigestReplies.BRIEF_LINES * 6);
		assertThat(items(more)).isGreaterThanOrEqualTo(items(brief));
		assertThat(Says.text(more)).contains("awaiting re-affirmation")
			.contains("stale")
			.contains("at risk")
			.doesNotContain("/digest preview scope:country:PL more");
		assertThat(Says.text(pressed)).isEqualTo(Says.text(more));
		if (items(more) > items(brief)) {
			assertThat(Says.text(brief)).contains("/digest preview scope:country:PL more");
		}
	}

	@Test
	void aCountryCoordinatorPreviewsARegionAClusterAndFollowsAPanelOfTheirCities() {
		String kasia = says.coordinator("country:PL");
		String cluster = "South " + Says.unique("c");
		String panel = "Trams " + Says.unique("p");
		says.ok("shell-admin", "/agora cluster add \"" + cluster + "\" cities:Wroclaw,Krakow");
		says.ok("shell-admin", "/panel create " + panel + " domains:mobility");

		assertThat(says.ok("shell-admin", "/agora cluster list")).contains(cluster).contains("Wrocław, Kraków");
		assertThat(says.ok(kasia, "/digest preview scope:\"region:lesser poland\""))
			.contains("Weekly digest — Lesser Poland");
		assertThat(says.ok(kasia, "/digest preview scope:\"cluster:" + cluster + "\""))
			.contains("Weekly digest — " + cluster);
		assertThat(says.ok(kasia, "/digest follow scope:\"panel:" + panel + "\"")).contains("You follow the digest");
		assertThat(says.ok(kasia, "/digest settings")).contains("panel:" + panel);
		assertThat(says.ok(kasia, "/digest unfollow scope:\"panel:" + panel + "\"")).contains("no longer follow");
	}

	@Test
	void badScopesAndSettingsGetAClearReply() {
		String kasia = Says.unique("kasia");
		says.ok(kasia, "/agora whoami");
		says.ok("shell-admin", "/agora role " + kasia + " coordinator scope:country:PL");

		assertThat(says.error(kasia, "/digest preview scope:country:XX")).contains("no country \"XX\"")
			.contains("country:PL");
		assertThat(says.error(kasia, "/digest preview scope:country:FI")).contains("Finland is not within your scope")
			.contains("scope:country:PL");
		assertThat(says.error(kasia, "/digest preview scope:planet:Mars")).contains("not a kind of scope");
		assertThat(says.error(kasia, "/digest settings day:someday")).contains("not a day of the week")
			.contains("monday");
		assertThat(says.error(kasia, "/digest settings time:25:99")).contains("not a time of day").contains("08:00");
		assertThat(says.error(kasia, "/digest settings tz:Mars/Olympus")).contains("time zone");
		assertThat(says.error(kasia, "/digest unfollow scope:panel:nothing")).contains("no panel");
		assertThat(says.error(Says.unique("officer"), "/digest preview")).contains("coordinator");
		assertThat(says.ok(kasia, "/digest settings day:tue time:7:30 tz:Europe/Warsaw empty:send"))
			.contains("Tuesdays at 07:30 (Europe/Warsaw)")
			.contains("sent");
	}

	private String idOf(String user, String title) {
		String listed = says.ok(user, "/commit list");
		return listed.lines()
			.filter((line) -> line.contains(title))
			.map((line) -> line.replaceAll(".*?(C-\\d+).*", "$1"))
			.findFirst()
			.orElseThrow();
	}

	/** The digest's lines, one per item. */
	private static long items(Reply reply) {
		return Says.text(reply).lines().filter((line) -> line.strip().startsWith("- ")).count();
	}

}
