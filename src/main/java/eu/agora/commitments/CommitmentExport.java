package eu.agora.commitments;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Element;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.People;
import eu.agora.directory.Person;

/**
 * Exports commitments with columns named in the terms cities already report in: the
 * Climate City Contract (commitments and action plan) and the Covenant of Mayors action
 * reporting. The mapping is documented in {@code docs/COMMITMENTS.md}.
 */
@Component
class CommitmentExport {

	private final CityDirectory cities;

	private final People people;

	private final JsonMapper json;

	CommitmentExport(CityDirectory cities, People people, JsonMapper json) {
		this.cities = cities;
		this.people = people;
		this.json = json;
	}

	Element.Attachment csv(List<Commitment> commitments) {
		StringWriter out = new StringWriter();
		List<Column> columns = columns();
		try (CSVPrinter printer = CSVFormat.RFC4180.builder()
			.setHeader(columns.stream().map(Column::header).toArray(String[]::new))
			.get()
			.print(out)) {
			for (Commitment commitment : commitments) {
				printer.printRecord(columns.stream().map((column) -> column.cell(commitment)).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Element.Attachment("commitments.csv", "text/csv", out.toString().getBytes(StandardCharsets.UTF_8));
	}

	Element.Attachment json(List<Commitment> commitments) {
		List<Map<String, String>> rows = commitments.stream().map((commitment) -> {
			Map<String, String> row = new LinkedHashMap<>();
			columns().forEach((column) -> row.put(column.header(), column.value().apply(commitment)));
			return row;
		}).toList();
		return new Element.Attachment("commitments.json", "application/json",
				json.writeValueAsString(rows).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * What the file holds, for the reply that carries it: chat users can't open the docs.
	 */
	String columnsText() {
		return "One row per commitment, with the columns: "
				+ columns().stream().map(Column::header).collect(Collectors.joining(", "))
				+ ". Target and baseline are split into value, unit and year; the status uses the Covenant of Mayors'"
				+ " words (Not started, Ongoing, Ongoing (at risk), Completed, Cancelled); progress is in percent.";
	}

	private List<Column> columns() {
		return List.of(new Column("Commitment ID", Commitment::id),
				new Column("City", (c) -> city(c).map(City::name).orElse(c.cityKey())),
				new Column("Country", (c) -> city(c).map(City::country).orElse("")),
				new Column("Signatory type", (c) -> c.kind() == Kind.CITY ? "City" : "Partner"),
				new Column("Signatory organisation", (c) -> orEmpty(c.partnerOrganisationId())),
				new Column("Partner sector", (c) -> orEmpty(c.sector())),
				new Column("Responsible department", Commitment::owner),
				new Column("Contact person", (c) -> (c.contactPersonId() == null) ? ""
						: people.byId(c.contactPersonId()).map(Person::displayName).orElse(c.contactPersonId())),
				new Column("Action title", Commitment::title),
				new Column("Action description", (c) -> orEmpty(c.description())),
				new Column("Sector / field of action", Commitment::domain),
				new Column("Systemic lever", (c) -> orEmpty(c.lever())),
				Column.number("Target value", (c) -> number(c.target())),
				new Column("Target unit", (c) -> (c.target() == null) ? "" : c.target().unit()),
				Column.number("Target year", (c) -> (c.target() == null) ? "" : String.valueOf(c.target().year())),
				Column.number("Baseline value", (c) -> number(c.baseline())),
				new Column("Baseline unit", (c) -> (c.baseline() == null) ? "" : c.baseline().unit()),
				Column.number("Baseline year",
						(c) -> (c.baseline() == null) ? "" : String.valueOf(c.baseline().year())),
				Column.number("Estimated implementation cost",
						(c) -> (c.budget() == null) ? "" : c.budget().amount().stripTrailingZeros().toPlainString()),
				new Column("Cost currency", (c) -> (c.budget() == null) ? "" : c.budget().currency()),
				new Column("Source of funding", (c) -> (c.budget() == null) ? "" : orEmpty(c.budget().fundingSource())),
				new Column("Implementation start", (c) -> (c.start() == null) ? "" : c.start().toString()),
				new Column("Implementation end", (c) -> c.deadline().toString()),
				new Column("Implementation status", (c) -> covenantStatus(c.status())),
				Column.number("Progress (%)", (c) -> String.valueOf(c.progress())),
				new Column("Evidence", (c) -> String.join(" ", c.evidence())),
				new Column("Awaiting re-affirmation", (c) -> c.awaitingReaffirmation() ? "yes" : "no"),
				new Column("Last updated", (c) -> c.storedUpdatedAt().toString()));
	}

	/** The Covenant of Mayors' implementation statuses. */
	static String covenantStatus(Status status) {
		return switch (status) {
			case PLANNED -> "Not started";
			case IN_PROGRESS -> "Ongoing";
			case AT_RISK -> "Ongoing (at risk)";
			case ACHIEVED -> "Completed";
			case DROPPED -> "Cancelled";
		};
	}

	private Optional<City> city(Commitment commitment) {
		return cities.byKey(commitment.cityKey());
	}

	private static String number(@Nullable Quantity quantity) {
		return (quantity == null) ? "" : quantity.value().stripTrailingZeros().toPlainString();
	}

	private static String orEmpty(@Nullable String text) {
		return (text == null) ? "" : text;
	}

	/**
	 * One column; a text column's CSV cells are neutralised, a number column's (values
	 * Agora formats itself) are written as they are.
	 */
	private record Column(String header, Function<Commitment, String> value, boolean numeric) {

		Column(String header, Function<Commitment, String> value) {
			this(header, value, false);
		}

		static Column number(String header, Function<Commitment, String> value) {
			return new Column(header, value, true);
		}

		String cell(Commitment commitment) {
			String text = value.apply(commitment);
			return numeric ? text : SpreadsheetCells.neutralise(text);
		}

	}

}
