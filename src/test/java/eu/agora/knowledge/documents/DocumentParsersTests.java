package eu.agora.knowledge.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Markdown, plain text, HTML and PDF files become titled documents of citable passages;
 * files that cannot become one are refused with a message that names them.
 */
class DocumentParsersTests {

	private final DocumentParsers parsers = new DocumentParsers();

	@Test
	void nestedMarkdownHeadingsMakeTheSectionPathAndEmptyHeadingsAreSkipped() throws Exception {
		ParsedDocument plan = parseResource("mobility-plan.md");

		assertThat(plan.passages()).extracting(PassageDraft::sectionPath)
			.containsExactly(List.of("Part B – Pathways", "Module B-2 Climate Neutrality Portfolio Design"),
					List.of("Part B – Pathways", "Module B-2 Climate Neutrality Portfolio Design", "Mobility"),
					List.of("Part B – Pathways", "Module B-3 Indicators"));
		assertThat(plan.passages()).extracting(PassageDraft::page).containsOnlyNulls();
	}

	@Test
	void markdownBecomesPlainTextWithListItemsAsLines() throws Exception {
		ParsedDocument plan = parseResource("mobility-plan.md");

		assertThat(plan.passages().get(1).text()).startsWith(
				"The city replaces its diesel buses with electric buses by 2028 and lowers fares for young people & students by a tenth.");
		assertThat(plan.passages().get(2).text()).isEqualTo("""
				The plan follows its progress with these indicators:

				- Share of electric buses in the fleet
				- Kilometres of protected cycle lanes
				- of which on main roads""");
		assertThat(plan.passages()).extracting(PassageDraft::text)
			.noneMatch((text) -> text.contains("**") || text.contains("](") || text.contains("&amp;")
					|| text.contains("bus.png") || text.contains("#"));
	}

	@Test
	void aTableIsRenderedAsRowsAndStaysWithItsCaption() throws Exception {
		ParsedDocument plan = parseResource("mobility-plan.md");

		assertThat(plan.passages().get(1).text()).endsWith("""
				Table 3: Emissions by sector
				Sector | 2019 | 2030
				Transport | 410 kt | 120 kt
				Buildings | 530 kt | 150 kt""");
	}

	@Test
	void frontMatterIsReadAndIsNotPartOfAnyPassage() throws Exception {
		ParsedDocument plan = parseResource("mobility-plan.md");

		assertThat(plan.frontMatter()).containsEntry("title", "Mobility Plan of Examplestadt")
			.containsEntry("city", "examplestadt")
			.containsEntry("domains", "mobility,energy")
			.containsEntry("language", "en");
		assertThat(plan.title()).isEqualTo("Mobility Plan of Examplestadt");
		assertThat(plan.passages()).extracting(PassageDraft::text)
			.noneMatch((text) -> text.contains("examplestadt") || text.contains("domains") || text.contains("---"));
	}

	@Test
	void frontMatterLanguageWinsOverDetection() throws Exception {
		ParsedDocument notes = parse("notes.md", """
				---
				language: DE
				domains: [energy, "mobility"]
				---
				The city will replace all diesel buses with electric buses by the end of the decade.
				""");

		assertThat(notes.language()).isEqualTo("de");
		assertThat(notes.frontMatter()).containsEntry("domains", "energy,mobility");
	}

	@Test
	void aLongTableIsSplitByRowsWithTheHeaderRepeatedAndTheCaptionFirst() throws Exception {
		List<String> rows = IntStream.rangeClosed(1, 60)
			.mapToObj((n) -> "Plant trees along street number " + n + " in the old town | Parks department | EUR " + n
					+ "00,000")
			.toList();
		String markdown = "## Actions\n\nTable 7: Actions in the old town\n\n| Action | Lead | Budget |\n| --- | --- | --- |\n"
				+ rows.stream().map((row) -> "| " + row + " |").collect(Collectors.joining("\n")) + "\n";

		List<PassageDraft> passages = parse("actions.md", markdown).passages();

		assertThat(passages).hasSizeGreaterThanOrEqualTo(3);
		assertThat(passages.get(0).text()).startsWith("Table 7: Actions in the old town\nAction | Lead | Budget\n");
		assertThat(passages.subList(1, passages.size())).allSatisfy(
				(passage) -> assertThat(passage.text()).startsWith("Action | Lead | Budget\nPlant trees along"));
		assertThat(passages).allSatisfy((passage) -> {
			assertThat(Words.count(passage.text())).isLessThanOrEqualTo(PassageSplitter.MAX);
			assertThat(passage.sectionPath()).containsExactly("Actions");
		});
		List<String> renderedRows = passages.stream()
			.flatMap((passage) -> passage.text().lines())
			.filter((line) -> line.startsWith("Plant trees"))
			.toList();
		assertThat(renderedRows).containsExactlyElementsOf(rows);
	}

	@Test
	void aLongTableOfFiguresKeepsEveryRow() throws Exception {
		List<String> rows = IntStream.rangeClosed(1, 120)
			.mapToObj((n) -> (1900 + n) + " | " + n * 7 + " | " + n * 3)
			.toList();
		String markdown = "| Year | Buses | Trams |\n| --- | --- | --- |\n"
				+ rows.stream().map((row) -> "| " + row + " |").collect(Collectors.joining("\n")) + "\n";

		List<PassageDraft> passages = parse("fleet.md", markdown).passages();

		assertThat(passages).hasSizeGreaterThan(1)
			.allSatisfy((passage) -> assertThat(passage.text()).startsWith("Year | Buses | Trams\n"));
		assertThat(passages.stream()
			.flatMap((passage) -> passage.text().lines())
			.filter((line) -> !line.startsWith("Year |"))).containsExactlyElementsOf(rows);
	}

	@Test
	void aLongParagraphIsSplitAtSentenceBoundaries() throws Exception {
		String paragraph = IntStream.rangeClosed(1, 40)
			.mapToObj((n) -> "In year " + n + " the district heating network grows by another " + n
					+ " kilometres of pipes.")
			.collect(Collectors.joining(" "));

		List<PassageDraft> passages = parse("heating.txt", paragraph).passages();

		assertThat(passages).hasSizeGreaterThanOrEqualTo(2);
		assertThat(passages).allSatisfy((passage) -> {
			assertThat(passage.text()).startsWith("In year ").endsWith(" kilometres of pipes.");
			assertThat(Words.count(passage.text())).isBetween(PassageSplitter.MIN, PassageSplitter.MAX);
		});
		assertThat(passages.stream().map(PassageDraft::text).collect(Collectors.joining(" "))).isEqualTo(paragraph);
	}

	@Test
	void paragraphsOfASectionArePackedButNeverAcrossAHeading() throws Exception {
		String paragraph = words("Heat pumps replace gas boilers in the schools", 40);
		String markdown = "# Heating\n\n" + String.join("\n\n", paragraph, paragraph, paragraph, paragraph, paragraph)
				+ "\n\n# Buses\n\n" + paragraph + "\n";

		List<PassageDraft> passages = parse("plan.md", markdown).passages();

		assertThat(passages).extracting(PassageDraft::sectionPath)
			.containsExactly(List.of("Heating"), List.of("Heating"), List.of("Buses"));
		assertThat(passages).extracting((passage) -> Words.count(passage.text())).containsExactly(160, 40, 40);
	}

	@Test
	void aVeryShortFragmentJoinsThePassageBeforeIt() throws Exception {
		String markdown = "# Heating\n\n" + words("The heating plan covers every district of the city", 200)
				+ "\n\nSee annex 2.\n";

		List<PassageDraft> passages = parse("plan.md", markdown).passages();

		assertThat(passages).hasSize(1);
		assertThat(passages.get(0).text()).endsWith("\n\nSee annex 2.");
	}

	@Test
	void runningHeadersAndPageNumbersOfConvertedDocumentsAreDropped() throws Exception {
		String page = "Examplestadt Climate Plan\n\n" + words("Buses run on electricity", 50) + "\n\n12\n\n";
		ParsedDocument plan = parse("plan.md", page.repeat(6));

		assertThat(plan.passages()).extracting(PassageDraft::text)
			.noneMatch((text) -> text.contains("Examplestadt Climate Plan") || text.contains("12"));
	}

	@Test
	void titleIsTheFirstHeadingElseTheFileName() throws Exception {
		assertThat(parse("plan.md", "Some text first.\n\n## Heat\n\nMore text.\n\n# Buses\n").title())
			.isEqualTo("Heat");
		assertThat(parse("docs/climate-plan.md", "Only a paragraph of text here.").title()).isEqualTo("climate-plan");
	}

	@Test
	void titleOfPlainTextIsItsFirstShortLine() throws Exception {
		assertThat(parse("notes.txt", "\n\nHeating notes\n\nThe network grows.").title()).isEqualTo("Heating notes");
		assertThat(parse("notes.txt", words("A first line that is far too long to be a title", 60)).title())
			.isEqualTo("notes");
	}

	@Test
	void plainTextSplitsParagraphsOnBlankLinesAndReadsUnderlinedHeadingsAsLevelsOneAndTwo() throws Exception {
		String text = """
				Heating
				=======

				The network serves forty thousand homes
				and runs on gas today.

				Buses
				-----

				All buses are electric by 2028.
				""";

		List<PassageDraft> passages = parse("notes.txt", text).passages();

		assertThat(passages).extracting(PassageDraft::sectionPath)
			.containsExactly(List.of("Heating"), List.of("Heating", "Buses"));
		assertThat(passages.get(0).text()).isEqualTo("The network serves forty thousand homes and runs on gas today.");
	}

	@Test
	void htmlDropsScriptsStylesNavigationHeadersAndFooters() throws Exception {
		ParsedDocument page = parseResource("heating-page.html");

		assertThat(page.title()).isEqualTo("District heating in Examplestadt");
		assertThat(page.passages()).extracting(PassageDraft::sectionPath)
			.containsExactly(List.of("District heating"), List.of("District heating", "Plans to 2030"));
		assertThat(page.passages().get(0).text())
			.isEqualTo("The district heating network serves 40,000 homes and runs on gas & waste heat today.");
		assertThat(page.passages().get(1).text()).isEqualTo("""
				Heat pumps at the sewage plant replace the gas boilers.
				The first one starts in 2026.

				- Connect 5,000 more homes
				- Lower the supply temperature
				- to 70 °C by 2028

				Table 2: Heat sources
				Source | 2022 | 2030
				Gas | 70 % | 10 %
				Heat pumps | 5 % | 60 %""");
		assertThat(page.passages()).extracting(PassageDraft::text)
			.noneMatch((text) -> text.contains("tracking") || text.contains("script") || text.contains("Contact")
					|| text.contains("Mobility") || text.contains("rights reserved") || text.contains("color"));
	}

	@Test
	void htmlTitleFallsBackToTheFirstH1() throws Exception {
		assertThat(parse("page.htm", "<body><h2>Intro</h2><h1>Cycle lanes</h1><p>Text.</p></body>").title())
			.isEqualTo("Cycle lanes");
	}

	@Test
	void htmlTableInMarkdownIsReadAsATable() throws Exception {
		String markdown = "# Data\n\n<table><tr><th>Year</th><th>Buses</th></tr><tr><td>2028</td><td>120</td></tr></table>\n";

		assertThat(parse("data.md", markdown).passages().get(0).text()).isEqualTo("Year | Buses\n2028 | 120");
	}

	@Test
	void aFenceThatConvertersLeftOpenOrLabelledMarkdownIsReadAsTheDocumentsText() throws Exception {
		String markdown = """
				# Plan

				```markdown
				Heat pumps &amp; solar for schools.

				![img-0.jpeg](img-0.jpeg)
				```

				## Buses

				```html
				| Year | Buses |
				| --- | --- |
				| 2028 | 120 |

				# Annex

				Trees &amp; parks.
				""";

		List<PassageDraft> passages = parse("plan.md", markdown).passages();

		assertThat(passages).extracting(PassageDraft::text)
			.containsExactly("Heat pumps & solar for schools.", "Year | Buses\n2028 | 120", "Trees & parks.");
		assertThat(passages.get(2).sectionPath()).containsExactly("Annex");
	}

	@Test
	void aFenceLabelledWithAProgrammingLanguageStaysCode() throws Exception {
		String markdown = "# Data\n\n```json\n{\"# not a heading\": 1}\n```\n";

		assertThat(parse("data.md", markdown).passages().get(0).text()).isEqualTo("{\"# not a heading\": 1}");
	}

	@Test
	void aLoneNumberSignCellAndAStrayTableRuleLeaveNoMarkdownBehind() throws Exception {
		String markdown = """
				# Levers

				|  # | Type of lever  |
				| --- | --- |
				|  #1 | Technology  |

				Ownership | The city owns the assets
				|---
				Subsidies | The city pays grants
				""";

		assertThat(parse("levers.md", markdown).passages()).extracting(PassageDraft::text)
			.singleElement()
			.isEqualTo(
					"Type of lever\n#1 | Technology\n\nOwnership | The city owns the assets\nSubsidies | The city pays grants");
	}

	@Test
	void pdfPassagesKnowTheirPageAndTheBookmarkedSection() throws Exception {
		byte[] pdf = Pdfs.pdf()
			.page("Climate plan of Examplestadt", "", "The city heats its homes with a district heating network that",
					"burns gas today and runs on heat pumps by 2030.")
			.page("Buses run on electricity from 2028, and the trams get a new line to the har-",
					"bour that opens in 2029.")
			.bookmark("Part A", 1, null)
			.bookmark("Mobility", 2, "Part A")
			.bytes();

		ParsedDocument plan = this.parsers.parse("plan.pdf", pdf);

		assertThat(plan.title()).isEqualTo("Climate plan of Examplestadt");
		assertThat(plan.passages()).extracting(PassageDraft::page).containsExactly(1, 2);
		assertThat(plan.passages()).extracting(PassageDraft::sectionPath)
			.containsExactly(List.of("Part A"), List.of("Part A", "Mobility"));
		assertThat(plan.passages().get(0).text()).contains(
				"The city heats its homes with a district heating network that burns gas today and runs on heat pumps by 2030.");
		assertThat(plan.passages().get(1).text()).isEqualTo(
				"Buses run on electricity from 2028, and the trams get a new line to the harbour that opens in 2029.");
	}

	@Test
	void pdfTitleIsTheDocumentInformationTitleWhenSet() throws Exception {
		byte[] pdf = Pdfs.pdf().page("First line", "", "Some text on the page.").title("Examplestadt Plan").bytes();

		ParsedDocument plan = this.parsers.parse("plan.pdf", pdf);

		assertThat(plan.title()).isEqualTo("Examplestadt Plan");
		assertThat(plan.passages()).extracting(PassageDraft::sectionPath).containsOnly(List.of());
	}

	@Test
	void aCorruptPdfIsRefused() {
		byte[] junk = "%PDF-1.7\nthis is not really a PDF at all".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> this.parsers.parse("broken.pdf", junk)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("broken.pdf is not a readable PDF (damaged or password-protected): ");
	}

	@Test
	void aPasswordProtectedPdfIsRefused() {
		byte[] locked = Pdfs.pdf().page("Secret plans.").password("s3cret").bytes();

		assertThatThrownBy(() -> this.parsers.parse("locked.pdf", locked))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("locked.pdf is not a readable PDF (damaged or password-protected): ")
			.hasMessageContaining("password");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> this.parsers.parse("notes.txt", new byte[0]))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("notes.txt has no text to ingest");
	}

	@Test
	void aFileWithNoTextAfterParsingIsRefused() {
		assertThatThrownBy(() -> parse("chart.md", "![emissions chart](chart.png)\n\n#\n"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("chart.md has no text to ingest");
		assertThatThrownBy(() -> this.parsers.parse("blank.pdf", Pdfs.pdf().page().bytes()))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("blank.pdf has no text to ingest");
	}

	@Test
	void anUnsupportedExtensionIsRefused() {
		assertThatThrownBy(() -> this.parsers.parse("report.docx", new byte[] { 1, 2, 3 }))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("report.docx: unsupported file type .docx — use Markdown (.md), plain text (.txt), "
					+ "HTML (.html) or PDF (.pdf)");
	}

	@Test
	void binaryJunkInATextFormatIsRefused() {
		byte[] junk = { 'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0, 'x', 'y' };

		assertThatThrownBy(() -> this.parsers.parse("notes.md", junk)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("notes.md does not look like a text file");
	}

	@Test
	void supportsKnownExtensionsInAnyCase() {
		assertThat(DocumentParsers.supports("Plan.PDF")).isTrue();
		assertThat(DocumentParsers.supports("notes.Markdown")).isTrue();
		assertThat(DocumentParsers.supports("page.htm")).isTrue();
		assertThat(DocumentParsers.supports("readme.text")).isTrue();
		assertThat(DocumentParsers.supports("report.docx")).isFalse();
		assertThat(DocumentParsers.supports("README")).isFalse();
	}

	@Test
	void textThatIsNotUtf8IsReadAsWindows1252() throws Exception {
		byte[] content = "Café crème costs €5 – a fair price.".getBytes(Charset.forName("windows-1252"));

		assertThat(this.parsers.parse("menu.txt", content).passages().get(0).text())
			.isEqualTo("Café crème costs €5 – a fair price.");
	}

	@Test
	void aUtf8ByteOrderMarkIsDropped() throws Exception {
		byte[] content = "\uFEFFHeating notes\n\nThe network grows.".getBytes(StandardCharsets.UTF_8);

		assertThat(this.parsers.parse("notes.txt", content).title()).isEqualTo("Heating notes");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"en|The city will replace all of its diesel buses with electric buses by the end of the decade, and it is also planning to expand the district heating network in the northern districts where most of the new homes are built.",
			"de|Die Stadt wird bis zum Ende des Jahrzehnts alle ihre Dieselbusse durch Elektrobusse ersetzen, und sie plant außerdem, das Fernwärmenetz in den nördlichen Stadtteilen auszubauen, wo die meisten der neuen Wohnungen gebaut werden.",
			"fr|La ville remplacera tous ses bus diesel par des bus électriques d'ici la fin de la décennie, et elle prévoit aussi d'étendre le réseau de chauffage urbain dans les quartiers du nord où sont construits la plupart des nouveaux logements.",
			"es|La ciudad sustituirá todos sus autobuses diésel por autobuses eléctricos antes del final de la década, y también tiene previsto ampliar la red de calefacción urbana en los barrios del norte, donde se construyen la mayoría de las viviendas nuevas.",
			"it|La città sostituirà tutti i suoi autobus diesel con autobus elettrici entro la fine del decennio, e prevede anche di ampliare la rete di teleriscaldamento nei quartieri del nord, dove si costruisce la maggior parte delle nuove abitazioni.",
			"nl|De stad vervangt voor het einde van het decennium al haar dieselbussen door elektrische bussen, en zij is ook van plan om het warmtenet uit te breiden in de noordelijke wijken, waar de meeste van de nieuwe woningen worden gebouwd.",
			"sv|Staden kommer att ersätta alla sina dieselbussar med elbussar före slutet av decenniet, och den planerar också att bygga ut fjärrvärmenätet i de norra stadsdelarna, där de flesta av de nya bostäderna byggs.",
			"pt|A cidade vai substituir todos os seus autocarros a gasóleo por autocarros elétricos até ao fim da década, e também pretende alargar a rede de aquecimento urbano nos bairros do norte, onde é construída a maior parte das novas habitações.",
			"fi|Kaupunki korvaa kaikki dieselbussinsa sähköbusseilla ennen vuosikymmenen loppua, ja se aikoo myös laajentaa kaukolämpöverkkoa pohjoisissa kaupunginosissa, joihin suurin osa uusista asunnoista rakennetaan, koska se on niin tärkeää.",
			"da|Byen vil udskifte alle sine dieselbusser med elbusser inden udgangen af årtiet, og den planlægger også at udbygge fjernvarmenettet i de nordlige bydele, hvor de fleste af de nye boliger bliver bygget." })
	void languageIsDetectedFromStopWords(String language, String paragraph) throws Exception {
		assertThat(parse("paragraph.txt", paragraph).language()).isEqualTo(language);
	}

	@Test
	void languageFallsBackToEnglishWhenNothingWinsClearly() throws Exception {
		assertThat(parse("figures.txt", "CO2 2019 410 kt 2030 120 kt").language()).isEqualTo("en");
	}

	private ParsedDocument parse(String fileName, String text) throws UnreadableDocumentException {
		return this.parsers.parse(fileName, text.getBytes(StandardCharsets.UTF_8));
	}

	private ParsedDocument parseResource(String name) throws UnreadableDocumentException {
		try (InputStream in = getClass().getResourceAsStream(name)) {
			return this.parsers.parse(name, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the sentence repeated (with a full stop each time) to about {@code count}
	 * words
	 */
	private static String words(String sentence, int count) {
		int perSentence = Words.count(sentence);
		return IntStream.range(0, count / perSentence).mapToObj((n) -> sentence + ".").collect(Collectors.joining(" "));
	}

}
