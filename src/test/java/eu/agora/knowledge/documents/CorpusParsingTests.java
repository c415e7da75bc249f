package eu.agora.knowledge.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses the real Climate City Contracts when the shared corpus is on this machine (it is
 * not in the repository: no licence). Skipped elsewhere.
 */
class CorpusParsingTests {

	private static final Path CORPUS = Path.of("../shared/corpus/ccc");

	private static final Map<String, ParsedDocument> documents = new TreeMap<>();

	private static int contracts;

	@BeforeAll
	static void parseTheCorpus() throws IOException, UnreadableDocumentException {
		Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not on this machine");
		DocumentParsers parsers = new DocumentParsers();
		List<Path> files;
		try (Stream<Path> listing = Files.list(CORPUS)) {
			files = listing.filter((file) -> file.toString().endsWith(".md")).sorted().toList();
		}
		contracts = files.size();
		for (Path file : files) {
			String name = file.getFileName().toString();
			documents.put(name, parsers.parse(name, Files.readAllBytes(file)));
		}
	}

	@Test
	void parsesEveryContractInTheFolder() {
		assertThat(documents).hasSize(contracts).isNotEmpty();
		assertThat(documents.values()).allSatisfy((document) -> assertThat(document.passages()).isNotEmpty());

	}

	@Test
	void everyPassageHasTextAndFitsAnAnswer() {
		documents.forEach((name, document) -> assertThat(document.passages()).allSatisfy((passage) -> {
			assertThat(passage.text()).as(name).isNotBlank();
			assertThat(Words.count(passage.text())).as(name + ": " + passage.text()).isLessThanOrEqualTo(450);
		}));
	}

	@Test
	void lodzDistrictHeatingIsFoundUnderASection() {
		assertThat(documents.get("lodz.md").passages()).anySatisfy((passage) -> {
			assertThat(passage.text()).containsIgnoringCase("district heating");
			assertThat(passage.sectionPath()).isNotEmpty();
		});
	}

	@Test
	void noMarkdownSyntaxIsLeft() {
		documents.forEach((name, document) -> assertThat(document.passages()).noneSatisfy((passage) -> {
			assertThat(passage.text()).containsPattern("(?m)^#{1,6} |!\\[|^\\|\\s*---|&amp;");
		}));
	}

}
