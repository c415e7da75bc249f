package eu.agora.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import eu.agora.AgoraTest;
import eu.agora.RecordingMessenger;
import eu.agora.conversation.Callers;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Element;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;
import eu.agora.knowledge.ingestion.CommandLineIngestion;
import eu.agora.knowledge.ingestion.IngestResult;
import eu.agora.knowledge.ingestion.Ingestion;
import eu.agora.knowledge.search.DocumentKind;
import eu.agora.knowledge.search.KnowledgeDocument;
import eu.agora.knowledge.search.KnowledgeDocuments;
import eu.agora.knowledge.search.Passage;
import eu.agora.knowledge.search.Passages;
import eu.agora.panels.PanelOutcomePublished;

import static org.assertj.core.api.Assertions.assertThat;

@AgoraTest
@Import(RecordingMessenger.Config.class)
class KnowledgeTests {

	static final String TURKU = """
			---
			title: Turku heat plan
			---
			# Heat

			## Sea-water heat pumps

			Turku's district heating company runs large heat pumps that take heat from treated waste water and from the sea. They supply a fifth of the city's heat and replaced the last coal boilers in 2023.

			## Biomass

			The Naantali plant burns wood chips and forest residues; its share falls as heat pumps grow.

			# Mobility

			## Buses

			All city buses on the busiest lines run on electricity since 2024, charged at the depot at night.
			""";

	static final String LODZ = """
			# Łódź climate plan

			## Transport

			Łódź is building a network of protected cycling lanes that connects every district with the city centre by 2028.

			## Greenery

			The city plants 10,000 street trees a year to cool the streets in summer heat waves.
			""";

	@Autowired
	Conversation conversation;

	@Autowired
	Ingestion ingestion;

	@Autowired
	KnowledgeDocuments documents;

	@Autowired
	Passages passages;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Callers callers;

	@Autowired
	ConfigurableApplicationContext context;

	final String officer = "ola-" + UUID.randomUUID().toString().substring(0, 6);

	@BeforeEach
	void documents() {
		ingest("turku.md", TURKU);
		ingest("lodz.md", LODZ);
		say(officer, "/city register Lodz");
		say("shell-admin", "/city approve " + officer);
	}

	@Test
	void anAnswerLeadsWithTheAnsweringSentenceThenCitesShortSourcesBestFirstWithButtons() {
		Reply reply = say(officer, "/ask How does Turku heat homes without coal?");

		assertThat(reply.error()).as(PlainText.render(reply)).isFalse();
		List<Element.Source> sources = sources(reply);
		assertThat(sources).isNotEmpty();
		Element.Source best = sources.get(0);
		assertThat(best.document()).isEqualTo("[1] Turku heat plan");
		assertThat(best.city()).isEqualTo("Turku");
		assertThat(best.section()).isEqualTo("Heat › Sea-water heat pumps");
		assertThat(best.text()).contains("coal boilers").doesNotContain("\n");
		assertThat(sources).extracting(Element.Source::score).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(text(reply)).containsPattern("confidence (high|medium|low) \\(\\d+%\\)")
			.contains("→ ")
			.contains("replaced the last coal boilers")
			.contains("[1]");
		assertThat(buttons(reply)).extracting(Element.Button::actionId).contains(Asking.HELPFUL, Asking.NOT_HELPFUL);
	}

	@Test
	void filtersLimitTheAnswerToACityCountryOrDomain() {
		Reply lodz = say(officer, "/ask Which cycling lanes and buses does the city build? city:Lodz");
		assertThat(sources(lodz)).as(PlainText.render(lodz))
			.isNotEmpty()
			.allSatisfy((source) -> assertThat(source.city()).isEqualTo("Łódź"));
		Reply finland = say(officer, "/ask How are the city buses powered and charged? country:Finland");
		assertThat(sources(finland)).as(PlainText.render(finland))
			.isNotEmpty()
			.allSatisfy((source) -> assertThat(source.city()).isEqualTo("Turku"));
		Reply buses = say(officer, "/ask Are the city buses electric? country:FI domain:mobility");
		assertThat(sources(buses)).as(PlainText.render(buses))
			.isNotEmpty()
			.allSatisfy((source) -> assertThat(source.text()).contains("buses"));
	}

	@Test
	void badQuestionsGetClearReplies() {
		assertThat(error(officer, "/ask")).contains("Ask a question after /ask");
		assertThat(error(officer, "/ask Where are the trees? city:Lodzz")).contains("Łódź");
		assertThat(error(officer, "/ask Where are the trees? country:Finlandia")).contains("I don't know the country")
			.contains("country:PL");
		assertThat(error(officer, "/ask Where are the trees? domain:space")).contains("There is no domain")
			.contains("nature-based-solutions");

		String longQuestion = "Where does Łódź plant street trees " + "and why ".repeat(200) + "?";
		Reply reply = say(officer, "/ask " + longQuestion);
		assertThat(reply.error()).isFalse();
		assertThat(text(reply)).contains("longer than 1,000 characters");
		Answer answer = mongo.findAll(Answer.class, MongoAnswers.COLLECTION)
			.stream()
			.filter((each) -> each.question().startsWith("Where does Łódź plant street trees and why"))
			.findFirst()
			.orElseThrow();
		assertThat(answer.question()).hasSizeLessThanOrEqualTo(Asking.MAX_QUESTION);
	}

	@Test
	void anUnansweredQuestionBecomesAGapWhoseAnswerIsFoundNextTime() {
		String question = "Which tide tables apply to the harbour of Gdynia " + UUID.randomUUID() + "?";
		Reply dontKnow = say(officer, "/ask " + question);
		assertThat(text(dontKnow)).contains("I don't know").contains("knowledge gap");
		assertThat(sources(dontKnow)).isEmpty();
		String gapId = buttons(dontKnow).get(0).value();
		assertThat(gapId).startsWith("G-");
		say("mia-" + UUID.randomUUID().toString().substring(0, 6), "/ask " + question);
		assertThat(mongo.findById(gapId, Gap.class, MongoGaps.COLLECTION).askers()).hasSize(2);

		assertThat(error(officer, "/knowledge gaps")).contains("is for moderators");
		assertThat(PlainText.render(say("shell-admin", "/knowledge gaps"))).contains(gapId).contains(question);

		messenger.clear();
		Reply answered = say("shell-admin",
				"/knowledge answer " + gapId + " \"Gdynia uses the Polish Navy's tide tables, published monthly.\"");
		assertThat(answered.error()).as(PlainText.render(answered)).isFalse();
		assertThat(messenger.sent()).anySatisfy(
				(line) -> assertThat(line).contains("Your question has an answer").contains("Navy's tide tables"));
		assertThat(mongo.findById(gapId, Gap.class, MongoGaps.COLLECTION).status()).isEqualTo(Gap.Status.ANSWERED);

		Reply again = say(officer, "/ask " + question);
		assertThat(sources(again)).isNotEmpty();
		assertThat(sources(again).get(0).text()).contains("Navy's tide tables");
		assertThat(sources(again).get(0).document()).startsWith("[1] Verified answer");
		assertThat(error("shell-admin", "/knowledge answer " + gapId + " \"again\"")).contains("already answered");
		assertThat(error("shell-admin", "/knowledge answer G-99999 \"x\"")).contains("no knowledge gap G-99999");
	}

	@Test
	void aModeratorRoutesAGapToAPanelsChannelsOrTheAskersCoordinators() {
		String question = "Who certifies floating solar parks on reservoirs " + UUID.randomUUID() + "?";
		String gapId = buttons(say(officer, "/ask " + question)).get(0).value();
		String panel = "Solar " + UUID.randomUUID().toString().substring(0, 6);
		say("shell-admin", "/panel create " + panel + " domains:energy");
		conversation.handle(new Inbound(new Sender(Platform.SHELL, "shell-admin", "admin"), null, "room-" + panel, null,
				null, new Input.CommandText("/panel bind " + panel)));
		String coordinator = "kasia-" + UUID.randomUUID().toString().substring(0, 6);
		say(coordinator, "/city register Warsaw");
		say("shell-admin", "/city approve " + coordinator);
		say("shell-admin", "/agora role " + coordinator + " coordinator scope:country:PL");
		messenger.clear();

		Reply toPanel = say("shell-admin", "/knowledge route " + gapId + " to:\"" + panel + "\"");
		assertThat(PlainText.render(toPanel)).contains("Routed " + gapId + " to panel " + panel + " (1 channel)");
		assertThat(messenger.sent()).anySatisfy((line) -> assertThat(line).startsWith("#room-" + panel)
			.contains("Knowledge gap " + gapId)
			.contains(question));

		Reply asked = press(officer, Asking.ROUTE, gapId);
		assertThat(PlainText.render(asked)).contains("Sent your question to");
		assertThat(messenger.sentTo(coordinator)).anySatisfy((line) -> assertThat(line).contains(question));
		Gap routed = mongo.findById(gapId, Gap.class, MongoGaps.COLLECTION);
		assertThat(routed.status()).isEqualTo(Gap.Status.ROUTED);
		assertThat(routed.routedTo()).contains(panel, FillingGaps.COORDINATORS);

		assertThat(error("shell-admin", "/knowledge route " + gapId + " to:\"No such panel\"")).contains("no panel");
		assertThat(error("mia-" + UUID.randomUUID().toString().substring(0, 6),
				"/knowledge route " + gapId + " to:coordinators"))
			.contains("is for");
	}

	@Test
	void feedbackIsStoredPerAnswerAndNotHelpfulOpensAGap() {
		Reply reply = say(officer, "/ask How many street trees does Łódź plant?");
		String answerId = answerId(reply);

		press(officer, Asking.HELPFUL, answerId);
		assertThat(mongo.findById(answerId, Answer.class, MongoAnswers.COLLECTION).feedback())
			.containsEntry(personId(officer), "helpful");
		Reply noted = press(officer, Asking.NOT_HELPFUL, answerId);
		assertThat(PlainText.render(noted)).contains("knowledge gap");
		assertThat(mongo.findById(answerId, Answer.class, MongoAnswers.COLLECTION).feedback())
			.containsEntry(personId(officer), "not-helpful");
		assertThat(mongo.findAll(Gap.class, MongoGaps.COLLECTION)).anySatisfy((gap) -> {
			assertThat(gap.question()).isEqualTo("How many street trees does Łódź plant?");
			assertThat(gap.reason()).isEqualTo(Gap.Reason.NOT_HELPFUL);
		});
	}

	@Test
	void moreShowsTheNextPassages() {
		Reply first = say(officer, "/ask How does Turku supply heat from heat pumps and wood chips?");
		String answerId = answerId(first);
		Reply next = say(officer, "/knowledge more " + answerId + " from:1");
		assertThat(next.error()).as(PlainText.render(next)).isFalse();
		assertThat(sources(next)).isNotEmpty();
		assertThat(sources(next).get(0).document()).startsWith("[2] ");
		assertThat(sources(next).get(0).citation()).isEqualTo(sources(first).get(1).citation());
	}

	@Test
	void onlyTheAskerOpensOrRatesAnAnswerAndForeignIdsLookUnknown() {
		String answerId = answerId(say(officer, "/ask How does Turku supply heat from heat pumps and wood chips?"));
		String other = "mia-" + UUID.randomUUID().toString().substring(0, 6);
		say(other, "/city register Turku");
		say("shell-admin", "/city approve " + other);
		String unknownId = "A-" + (Long.parseLong(answerId.substring(2)) + 100_000);

		String foreign = error(other, "/knowledge more " + answerId);
		assertThat(foreign).contains("There is no answer " + answerId + " of yours.");
		assertThat(error(other, "/knowledge more " + unknownId)).isEqualTo(foreign.replace(answerId, unknownId));
		assertThat(error(other, "/knowledge feedback " + answerId + " verdict:helpful")).isEqualTo(foreign);
		assertThat(PlainText.render(press(other, Asking.MORE, answerId + ":3"))).isEqualTo(foreign);
		assertThat(PlainText.render(press(other, Asking.HELPFUL, answerId))).isEqualTo(foreign);
		assertThat(PlainText.render(press(other, Asking.NOT_HELPFUL, answerId))).isEqualTo(foreign);
		assertThat(mongo.findById(answerId, Answer.class, MongoAnswers.COLLECTION).feedback()).isEmpty();

		Reply mine = say(officer, "/knowledge more " + answerId + " from:1");
		assertThat(mine.error()).as(PlainText.render(mine)).isFalse();
		Reply rated = say(officer, "/knowledge feedback " + answerId + " verdict:helpful");
		assertThat(rated.error()).as(PlainText.render(rated)).isFalse();
		assertThat(mongo.findById(answerId, Answer.class, MongoAnswers.COLLECTION).feedback())
			.containsOnlyKeys(personId(officer));
	}

	@Test
	void passagesSeenOutsideOneToAThousandAreRefusedClearly() {
		String answerId = answerId(say(officer, "/ask How does Turku supply heat from heat pumps and wood chips?"));

		for (String from : List.of("-1", "0", "1001", "4294967296")) {
			assertThat(error(officer, "/knowledge more " + answerId + " from:" + from)).as(from)
				.contains("from is how many passages you have seen: a number from 1 to 1,000; got " + from)
				.doesNotContain("incident");
		}
		assertThat(error(officer, "/knowledge more " + answerId + " from:99999999999999999999"))
			.doesNotContain("incident");
		Reply last = say(officer, "/knowledge more " + answerId + " from:1000");
		assertThat(last.error()).as(PlainText.render(last)).isFalse();
		assertThat(PlainText.render(last)).contains("That's all I found");
	}

	@Test
	void reingestingSkipsUnchangedFilesAndReplacesChangedOnes() {
		assertThat(ingest("turku.md", TURKU)).isInstanceOf(IngestResult.Unchanged.class);
		String changed = TURKU.replace("a fifth of the city's heat", "a third of the city's heat");
		IngestResult result = ingest("turku.md", changed);
		assertThat(result).isInstanceOfSatisfying(IngestResult.Ingested.class,
				(ingested) -> assertThat(ingested.replaced()).isTrue());
		KnowledgeDocument document = documents.document("file:turku.md").orElseThrow();
		assertThat(passages.of(document)).extracting(Passage::text)
			.anySatisfy((text) -> assertThat(text).contains("a third of"))
			.noneSatisfy((text) -> assertThat(text).contains("a fifth of"));
		assertThat(
				mongo.getCollection("knowledge_passages").countDocuments(new Document("documentId", "file:turku.md")))
			.isEqualTo(document.passages());
		assertThat(sources(say(officer, "/ask What share of heat comes from heat pumps in Turku?")))
			.noneSatisfy((source) -> assertThat(source.text()).contains("a fifth of"));
	}

	@Test
	void badFilesAreSkippedWithTheReasonAndNothingIsStored() {
		long documentCount = documents.all().size();
		long passageCount = mongo.getCollection("knowledge_passages").countDocuments();

		assertThat(skipped("plan.docx", "PK\u0003\u0004 word".getBytes(StandardCharsets.ISO_8859_1)))
			.contains("unsupported");
		assertThat(skipped("broken.pdf", "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.UTF_8)))
			.contains("PDF");
		assertThat(skipped("empty.md", new byte[0])).contains("no text");
		assertThat(skipped("huge.md", new byte[26 * 1024 * 1024])).contains("limit");

		assertThat(documents.all()).hasSize((int) documentCount);
		assertThat(mongo.getCollection("knowledge_passages").countDocuments()).isEqualTo(passageCount);
	}

	@Test
	void aPublishedPanelOutcomeBecomesKnowledgeEveryCityFinds() {
		String topic = "Heat pumps in schools " + UUID.randomUUID().toString().substring(0, 6);
		events.publishEvent(new PanelOutcomePublished("O-" + topic.hashCode(), "Heat", List.of("energy"), topic,
				"Schools that installed ground-source heat pumps cut their heating bills by a third.", Instant.now()));

		List<Element.Source> sources = sources(
				say(officer, "/ask How much do schools save with ground-source heat pumps?"));
		assertThat(sources).isNotEmpty();
		assertThat(sources.get(0).document()).contains("Panel outcome: Heat");
		assertThat(sources.get(0).city()).isNull();
	}

	@Test
	void aFolderIsIngestedSeveralFilesAtOnceAndReportedInTheOrderOfItsFiles(@TempDir Path folder) throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 6);
		for (String city : List.of("aarhus", "bergen", "cadiz", "delft", "espoo")) {
			Files.writeString(folder.resolve(city + "-" + run + ".md"), "# " + city + " plan " + run
					+ "\n\n## Heat\n\nThe " + city + " heat network reaches " + city.length() + "0 districts.\n");
		}
		Files.write(folder.resolve("faulty-" + run + ".docx"),
				"PK\u0003\u0004 word".getBytes(StandardCharsets.ISO_8859_1));
		ByteArrayOutputStream lines = new ByteArrayOutputStream();

		int code = CommandLineIngestion.ingest(context, List.of(folder.toString()),
				new PrintStream(lines, true, StandardCharsets.UTF_8));

		String out = lines.toString(StandardCharsets.UTF_8);
		assertThat(code).isZero();
		assertThat(out).containsSubsequence("[1/6] aarhus-" + run + ".md: ", "[2/6] bergen-", "[3/6] cadiz-",
				"[4/6] delft-", "[5/6] espoo-", "[6/6] skipped faulty-" + run + ".docx", "Ingested 5 documents");
		assertThat(out).as("one passage is singular").contains(".md: 1 passage").doesNotContain("1 passages");
		assertThat(documents.document("file:delft-" + run + ".md")).isPresent();
	}

	private IngestResult ingest(String name, String text) {
		return ingestion.file("file:" + name, name, text.getBytes(StandardCharsets.UTF_8), DocumentKind.FILE, null);
	}

	private String skipped(String name, byte[] content) {
		IngestResult result = ingestion.file("file:" + name, name, content, DocumentKind.FILE, null);
		assertThat(result).isInstanceOf(IngestResult.Skipped.class);
		assertThat(((IngestResult.Skipped) result).reason()).contains(name);
		return ((IngestResult.Skipped) result).reason();
	}

	private String personId(String user) {
		return callers.identify(new Sender(Platform.SHELL, user, user)).personId();
	}

	private static String answerId(Reply reply) {
		return buttons(reply).stream()
			.filter((button) -> button.actionId().equals(Asking.HELPFUL))
			.findFirst()
			.orElseThrow()
			.value();
	}

	static List<Element.Source> sources(Reply reply) {
		return reply.elements()
			.stream()
			.filter(Element.Source.class::isInstance)
			.map(Element.Source.class::cast)
			.toList();
	}

	static List<Element.Button> buttons(Reply reply) {
		return reply.elements()
			.stream()
			.filter(Element.Actions.class::isInstance)
			.flatMap((actions) -> ((Element.Actions) actions).buttons().stream())
			.toList();
	}

	static String text(Reply reply) {
		return reply.elements()
			.stream()
			.filter(Element.Text.class::isInstance)
			.map((text) -> ((Element.Text) text).markup())
			.findFirst()
			.orElse("");
	}

	private String error(String user, String text) {
		Reply reply = say(user, text);
		assertThat(reply.error()).as(PlainText.render(reply)).isTrue();
		return PlainText.render(reply);
	}

	private Reply press(String user, String actionId, String value) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user),
				new Input.Action(actionId, value, null, List.of())));
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user), new Input.CommandText(text)));
	}

}
