package eu.agora.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import eu.agora.AgoraTest;
import eu.agora.RecordingMessenger;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Element;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;
import eu.agora.knowledge.ingestion.Ingestion;
import eu.agora.knowledge.search.DocumentKind;
import eu.agora.knowledge.search.Searching;

import static eu.agora.knowledge.KnowledgeTests.buttons;
import static eu.agora.knowledge.KnowledgeTests.sources;
import static eu.agora.knowledge.KnowledgeTests.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code /ask} reads a question: the places it names, questions across cities, plain
 * questions without {@code /}, typos, and the questions it refuses.
 */
@AgoraTest
@Import(RecordingMessenger.Config.class)
class AnsweringTests {

	static final String PECS = """
			# Pécs climate contract

			## Heat

			The district heating of Pécs runs on biomass and geothermal heat; two new geothermal wells will feed the network by 2027.

			## Buses

			Pécs buys twenty electric buses for the city lines.
			""";

	static final String MISKOLC = """
			# Miskolc climate contract

			## Heat

			Miskolc extends its geothermal district heating to the districts of Avas and Diósgyőr, replacing gas boilers.
			""";

	@Autowired
	Conversation conversation;

	@Autowired
	Ingestion ingestion;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	Searching searching;

	final String officer = "eva-" + UUID.randomUUID().toString().substring(0, 6);

	@BeforeEach
	void documents() {
		ingest("turku.md", KnowledgeTests.TURKU);
		ingest("lodz.md", KnowledgeTests.LODZ);
		ingest("pecs.md", PECS);
		ingest("miskolc.md", MISKOLC);
	}

	@Test
	void aQuestionThatNamesACityInAnySpellingShowsOnlyThatCitysSources() {
		for (String spelling : List.of("Łódź", "Lodz", "lodz's")) {
			Reply reply = ask("How is " + spelling + " building its cycling lanes?");
			assertThat(sources(reply)).as(PlainText.render(reply))
				.isNotEmpty()
				.allSatisfy((source) -> assertThat(source.city()).isEqualTo("Łódź"));
		}
		Reply hungary = ask("How is district heating supplied in Hungary?");
		assertThat(sources(hungary)).as(PlainText.render(hungary))
			.isNotEmpty()
			.allSatisfy((source) -> assertThat(source.city()).isIn("Pécs", "Miskolc"));
	}

	@Test
	void aQuestionAcrossCitiesListsEachCityWithItsBestEvidence() {
		Reply reply = ask("Which cities plan geothermal district heating?");

		String shown = PlainText.render(reply);
		assertThat(reply.error()).as(shown).isFalse();
		assertThat(text(reply)).contains("- **Pécs**:").contains("- **Miskolc**:").contains("geothermal");
		assertThat(sources(reply)).extracting(Element.Source::city)
			.startsWith("Pécs", "Miskolc")
			.doesNotHaveDuplicates();
		assertThat(shown.lines().count()).as(shown).isLessThanOrEqualTo(15);
	}

	@Test
	void aQuestionAcrossCitiesAlsoCitesTheCommitmentsLedger() {
		String planner = "ana-" + UUID.randomUUID().toString().substring(0, 6);
		say(planner, "/city register Lodz");
		say("shell-admin", "/city approve " + planner);
		Reply added = say(planner, "/commit add title:\"Protected bike lanes in every district\" domain:mobility "
				+ "target:\"40 km by 2029\" deadline:2029-12-31 owner:\"Transport Office\"");
		assertThat(added.error()).as(PlainText.render(added)).isFalse();

		Reply reply = ask("Which cities build bike lanes?");

		assertThat(text(reply)).as(PlainText.render(reply))
			.contains("From the commitments ledger:")
			.containsPattern("- \\*\\*Łódź\\*\\* — commitment C-\\d+: Protected bike lanes in every district");
	}

	@Test
	void aPlainMessageThatReadsAsAQuestionIsAskedLikeAsk() {
		Reply reply = message("How many street trees does Łódź plant each year?");

		assertThat(sources(reply)).as(PlainText.render(reply)).isNotEmpty();
		assertThat(sources(reply).get(0).text()).contains("10,000 street trees");
		assertThat(PlainText.render(message("thanks, that was useful"))).contains("start with /")
			.contains("ask me a question");
	}

	@Test
	void typosAreCorrectedToTheWordsTheDocumentsUse() {
		Reply reply = ask("How many stret trees does Lodz plnat?");

		assertThat(reply.error()).as(PlainText.render(reply)).isFalse();
		assertThat(sources(reply)).as(PlainText.render(reply)).isNotEmpty();
		assertThat(sources(reply).get(0).text()).contains("street trees");
		assertThat(searching.corrected("Stret trees on Stret Avenue in Lodz?"))
			.as("a capitalised word after the first is a name, not a typo")
			.isEqualTo("street trees on Stret Avenue in Lodz?");
	}

	@Test
	void questionsItCannotTakeGetAClearReplyAndNothingIsStored() {
		long answers = mongo.getCollection(MongoAnswers.COLLECTION).countDocuments();
		long gaps = mongo.getCollection(MongoGaps.COLLECTION).countDocuments();

		assertThat(error("/ask 哪些城市计划地热供暖？")).contains("can't read that script").contains("Latin, Greek or Cyrillic");
		assertThat(error("/ask   ")).contains("Ask a question after /ask");
		assertThat(error("/ask Where are the trees? city:Atlantis")).contains("Atlantis");
		assertThat(error("/ask Where are the trees? country:Narnia")).contains("I don't know the country");
		assertThat(mongo.getCollection(MongoAnswers.COLLECTION).countDocuments()).isEqualTo(answers);
		assertThat(mongo.getCollection(MongoGaps.COLLECTION).countDocuments()).isEqualTo(gaps);
	}

	@Test
	void aGapLikeAnOpenOneJoinsItAndClosesItselfWhenADocumentAnswersIt() {
		String other = "jan-" + UUID.randomUUID().toString().substring(0, 6);
		String first = "How does Velenje store seasonal heat in old mine shafts?";
		Reply unknown = ask(first);
		assertThat(text(unknown)).contains("I don't know");
		String gapId = buttons(unknown).get(0).value();
		Reply similar = say(other, "/ask How is seasonal heat stored in Velenje's old mine shafts");
		assertThat(buttons(similar).get(0).value()).isEqualTo(gapId);
		assertThat(text(similar)).contains("Others asked this too").contains(gapId).contains("2 people asked");
		assertThat(mongo.findById(gapId, Gap.class, MongoGaps.COLLECTION).askers()).hasSize(2);

		messenger.clear();
		ingest("velenje.md",
				"""
						# Velenje climate contract

						## Seasonal heat storage

						Velenje stores seasonal heat in old mine shafts of the coal mine: water heated in summer is kept underground and pumped into the district heating network in winter.
						""");

		Gap closed = mongo.findById(gapId, Gap.class, MongoGaps.COLLECTION);
		assertThat(closed.status()).isEqualTo(Gap.Status.ANSWERED);
		assertThat(closed.answer()).contains("mine shafts").contains("Velenje climate contract");
		assertThat(messenger.sent()).filteredOn((line) -> line.contains("Your question has an answer"))
			.hasSize(2)
			.allSatisfy((line) -> assertThat(line).contains(gapId).contains("mine shafts"));
	}

	@Test
	void aVerifiedAnswerGetsACleanTitle() {
		assertThat(FillingGaps.cleanTitle("  how  does lodz plant trees ?? ")).isEqualTo("How does lodz plant trees?");
	}

	private void ingest(String name, String text) {
		ingestion.file("file:" + name, name, text.getBytes(StandardCharsets.UTF_8), DocumentKind.FILE, null);
	}

	private Reply ask(String question) {
		return say(officer, "/ask " + question);
	}

	private Reply message(String text) {
		return conversation
			.handle(Inbound.direct(new Sender(Platform.SHELL, officer, officer), new Input.Message(text)));
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user), new Input.CommandText(text)));
	}

	private String error(String text) {
		Reply reply = say(officer, text);
		assertThat(reply.error()).as(PlainText.render(reply)).isTrue();
		return PlainText.render(reply);
	}

}
