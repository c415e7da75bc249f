package eu.agora.commitments;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import eu.agora.conversation.Dates;
import eu.agora.conversation.Names;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.Domain;
import eu.agora.directory.Organisation;

/**
 * Turns the fields of {@code /commit add} — typed as options or entered in a form — into
 * a new {@link Commitment}, collecting every problem with the field it belongs to so that
 * a form can show them inline. Text is kept verbatim: nothing typed is ever interpreted
 * as a query.
 */
final class CommitmentInput {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 2000;

	private final Map<String, String> fields;

	private final List<FieldProblem> problems = new ArrayList<>();

	CommitmentInput(Map<String, ?> values) {
		Map<String, String> text = new HashMap<>();
		values.forEach((key, value) -> {
			if (value != null && !String.valueOf(value).isBlank()) {
				text.put(key, String.valueOf(value).strip());
			}
		});
		this.fields = text;
	}

	boolean isEmpty() {
		return fields.isEmpty();
	}

	/**
	 * The new commitment, or the problems found.
	 * @param defaultCity the caller's city, used when no {@code city} is given
	 * @param organisations finds the partner organisation named in {@code partner}
	 */
	Result parse(CityDirectory cities, @Nullable String defaultCity, Function<String, Organisation> organisations,
			String contactPersonId, LocalDate today) {
		City city = attempt("city",
				() -> Optional.ofNullable(fields.get("city"))
					.map(cities::resolve)
					.or(() -> Optional.ofNullable(defaultCity).flatMap(cities::byKey))
					.orElseThrow(() -> new FieldProblem("city", "is missing: name the city, e.g. `city:Lodz`")));
		String title = required("title", MAX_TITLE);
		String owner = required("owner", MAX_TITLE);
		Domain domain = attempt("domain", () -> Domain.parse(require("domain"))
			.orElseThrow(() -> new FieldProblem("domain", "must be one of " + String.join(", ", Domain.ids()))));
		Quantity target = attempt("target", () -> Quantities.parse("target", require("target"), true));
		Quantity baseline = optional("baseline", (text) -> Quantities.parse("baseline", text, true));
		Budget budget = optional("budget", (text) -> Budgets.parse("budget", text));
		LocalDate deadline = attempt("deadline", () -> date("deadline", require("deadline")));
		LocalDate start = optional("start", (text) -> date("start", text));
		Kind kind = optional("kind", CommitmentInput::kind);
		Organisation partner = optional("partner", organisations);
		String lever = optional("lever",
				(text) -> Lever.parse(text)
					.orElseThrow(() -> new FieldProblem("lever", "must be one of " + String.join(", ", Lever.ids())))
					.id());
		String description = optionalText("description");
		String sector = optionalText("sector");
		checkTogether(target, baseline, deadline, start, today);
		Kind resolvedKind = (kind != null) ? kind : (partner != null) ? Kind.PARTNER : Kind.CITY;
		if (resolvedKind == Kind.PARTNER && partner == null && !fields.containsKey("partner")) {
			problems.add(new FieldProblem("partner", "is needed for a partner's commitment: name the organisation"));
		}
		if (!problems.isEmpty()) {
			return new Result(null, List.copyOf(problems));
		}
		// attempt(...) gives null only after recording a problem, and there are none
		city = Objects.requireNonNull(city);
		domain = Objects.requireNonNull(domain);
		target = Objects.requireNonNull(target);
		deadline = Objects.requireNonNull(deadline);
		title = Objects.requireNonNull(title);
		owner = Objects.requireNonNull(owner);
		String partnerId = (partner != null) ? partner.id() : null;
		String partnerSector = (sector != null) ? sector : (partner != null) ? partner.sector().id() : null;
		Commitment draft = new Commitment(null, city.key(), resolvedKind, owner, contactPersonId, partnerId,
				partnerSector, title, Commitment.titleKey(title), description, domain.id(), lever, target, baseline,
				budget, start, deadline, Status.PLANNED, 0, List.of(), false, null, null, 0);
		return new Result(draft, List.of());
	}

	private void checkTogether(@Nullable Quantity target, @Nullable Quantity baseline, @Nullable LocalDate deadline,
			@Nullable LocalDate start, LocalDate today) {
		if (target != null && baseline != null && target.year() != null && baseline.year() != null
				&& target.year() < baseline.year()) {
			problems.add(new FieldProblem("target",
					"year " + target.year() + " is before the baseline year " + baseline.year()));
		}
		if (deadline != null && deadline.isBefore(today)) {
			problems.add(new FieldProblem("deadline",
					"is in the past (" + deadline + "); a new commitment needs a future deadline"));
		}
		if (deadline != null && start != null && start.isAfter(deadline)) {
			problems.add(new FieldProblem("start", "is after the deadline"));
		}
	}

	/** No commitment in the ledger runs past this year. */
	static final int LAST_YEAR = 2100;

	static LocalDate date(String field, String text) {
		LocalDate date;
		try {
			date = Dates.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem(field, Objects.requireNonNull(ex.getMessage()));
		}
		if (date.getYear() > LAST_YEAR) {
			throw new FieldProblem(field,
					"is after " + LAST_YEAR + " (" + text + "); the ledger keeps commitments up to " + LAST_YEAR);
		}
		return date;
	}

	static String url(String field, String text) {
		FieldProblem notALink = new FieldProblem(field,
				"must be a web link starting with https://; got `" + text + "`");
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw notALink;
		}
		// one rule, stated in the reply: evidence is an https link (a plain http link can
		// be
		// altered on its way and most sites serve https)
		if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
			throw notALink;
		}
		return uri.toString();
	}

	private static Kind kind(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "city" -> Kind.CITY;
			case "partner" -> Kind.PARTNER;
			default -> throw new FieldProblem("kind", "must be city or partner");
		};
	}

	private @Nullable String required(String field, int max) {
		return attempt(field, () -> named(field, limited(field, require(field), max)));
	}

	/** A title or an office's name follows the rule for names people give things. */
	private static String named(String field, String text) {
		Names.problem(text).ifPresent((problem) -> {
			throw new FieldProblem(field, problem);
		});
		return text.strip();
	}

	private @Nullable String optionalText(String field) {
		return optional(field, (text) -> limited(field, text, MAX_TEXT));
	}

	private static String limited(String field, String text, int max) {
		if (text.length() > max) {
			throw new FieldProblem(field, "is " + text.length() + " characters; keep it under " + max);
		}
		return text;
	}

	private String require(String field) {
		String value = fields.get(field);
		if (value == null) {
			throw new FieldProblem(field, "is missing");
		}
		return value;
	}

	private <T> @Nullable T optional(String field, Function<String, T> parse) {
		String value = fields.get(field);
		return (value == null) ? null : attempt(field, () -> parse.apply(value));
	}

	private <T> @Nullable T attempt(String field, Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (FieldProblem problem) {
			problems.add(problem);
		}
		catch (UserError error) {
			problems.add(new FieldProblem(field, "— " + error.getMessage()));
		}
		return null;
	}

	/** Either a draft, or the problems found (never both). */
	record Result(@Nullable Commitment draft, List<FieldProblem> problems) {

		boolean ok() {
			return draft != null;
		}

	}

}
