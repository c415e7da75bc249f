package eu.agora.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.Domain;
import eu.agora.directory.OrganisationDirectory;

/**
 * {@code /commit add}: a form on Slack and Discord (validated inline), or every field as
 * an option. Nothing is stored unless every field is valid.
 */
@Component
class LoggingCommitments {

	static final String FORM = "commit:add";

	private final Ledger ledger;

	private final CityDirectory cities;

	private final OrganisationDirectory organisations;

	private final CommitmentAccess access;

	private final Clock clock;

	LoggingCommitments(Ledger ledger, CityDirectory cities, OrganisationDirectory organisations,
			CommitmentAccess access, Clock clock) {
		this.ledger = ledger;
		this.cities = cities;
		this.organisations = organisations;
		this.access = access;
		this.clock = clock;
	}

	Reply add(CommandCall call) {
		CommitmentInput input = new CommitmentInput(call.options().asMap());
		if (input.isEmpty()) {
			return Reply.of(form(Map.of(), Map.of()));
		}
		CommitmentInput.Result result = parse(call, input);
		if (!result.ok()) {
			List<String> sentences = result.problems().stream().map(FieldProblem::sentence).toList();
			throw new UserError("The commitment was not saved: " + String.join(" ", sentences),
					"Usage: `/commit add city:<city> title:\"…\" owner:\"…\" domain:<domain> target:\"40 % CO2e by 2030\" deadline:2030-12-31`");
		}
		return saved(call, Objects.requireNonNull(result.draft()));
	}

	/** The form was submitted: save, or show it again with each problem at its field. */
	Reply submitted(CommandCall call) {
		Map<String, String> values = call.options()
			.asMap()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> String.valueOf(entry.getValue())));
		CommitmentInput.Result result = parse(call, new CommitmentInput(values));
		if (!result.ok()) {
			Map<String, String> errors = result.problems()
				.stream()
				.collect(Collectors.toMap(FieldProblem::field, FieldProblem::getMessage, (a, b) -> a + "; " + b));
			return new Reply(List.of(form(values, errors)), Visibility.EPHEMERAL, true);
		}
		return saved(call, Objects.requireNonNull(result.draft()));
	}

	private CommitmentInput.Result parse(CommandCall call, CommitmentInput input) {
		LocalDate today = LocalDate.now(clock);
		return input.parse(cities, call.caller().cityKey(), organisations::resolve, call.caller().personId(), today);
	}

	private Reply saved(CommandCall call, Commitment draft) {
		access.checkChange(call.caller(), draft.cityKey(), draft.partnerOrganisationId());
		Commitment saved = ledger.create(draft, call.caller(), null);
		String city = cities.byKey(saved.cityKey()).map(City::name).orElse(saved.cityKey());
		return Reply.of(
				new Element.Text("Logged **" + saved.id() + "** for " + city + ". Update it with `/commit update "
						+ saved.id() + " progress:<0-100>`."),
				CommitmentCards.card(saved, (key) -> city, (id) -> call.caller().displayName()));
	}

	private static Element.Form form(Map<String, String> values, Map<String, String> errors) {
		List<Element.FormField> fields = List.of(field("title", "Title", false, List.of(), values, errors),
				field("owner", "Owner office or department", false, List.of(), values, errors),
				field("domain", "Domain", false, Domain.ids(), values, errors),
				field("target", "Target, e.g. 40 % CO2e by 2030", false, List.of(), values, errors),
				field("deadline", "Deadline (YYYY-MM-DD)", false, List.of(), values, errors));
		return new Element.Form(FORM, "Log a commitment", fields,
				"Give the fields as options: `/commit add title:\"…\" owner:\"…\" domain:<domain> target:\"40 % CO2e by 2030\" deadline:2030-12-31` "
						+ "(plus city:, kind:, partner:, sector:, baseline:, budget:, description:, start:, lever:).");
	}

	private static Element.FormField field(String name, String label, boolean multiline, List<String> choices,
			Map<String, String> values, Map<String, String> errors) {
		return new Element.FormField(name, label, true, multiline, choices, values.get(name), errors.get(name));
	}

}
