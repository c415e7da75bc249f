package eu.agora.commitments;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import eu.agora.conversation.Element;
import eu.agora.directory.Domain;

/**
 * How commitments look in replies: a card with the fields, a history list, a one-line
 * summary for lists.
 */
final class CommitmentCards {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private CommitmentCards() {
	}

	static Element.Section card(Commitment c, Function<String, String> cityName, Function<String, String> personName) {
		List<Element.Field> fields = new ArrayList<>();
		fields.add(new Element.Field("City", cityName.apply(c.cityKey())));
		fields.add(new Element.Field("Kind", c.kind().id() + ((c.partnerOrganisationId() == null) ? ""
				: " — " + c.partnerOrganisationId() + " (" + c.sector() + ")")));
		fields.add(new Element.Field("Owner", c.owner()));
		fields.add(new Element.Field("Contact",
				(c.contactPersonId() == null) ? "" : personName.apply(c.contactPersonId())));
		fields.add(new Element.Field("Domain", Domain.parse(c.domain()).map(Domain::label).orElse(c.domain())
				+ ((c.lever() == null) ? "" : ", lever: " + c.lever())));
		fields.add(new Element.Field("Target", text(c.target())));
		fields.add(new Element.Field("Baseline", text(c.baseline())));
		fields.add(new Element.Field("Budget", text(c.budget())));
		fields.add(new Element.Field("Start", text(c.start())));
		fields.add(new Element.Field("Deadline", text(c.deadline())));
		fields.add(new Element.Field("Status", c.status().id() + ", " + c.progress() + " %"
				+ (c.awaitingReaffirmation() ? " — awaiting re-affirmation" : "")));
		fields.add(new Element.Field("Evidence", String.join(", ", c.evidence())));
		fields.add(new Element.Field("Updated", WHEN.format(c.updatedAt())));
		return new Element.Section(c.id() + " — " + c.title(), c.description(), fields);
	}

	static Element.Section history(List<CommitmentEvent> events, Function<String, String> personName) {
		String lines = events.stream().map((event) -> line(event, personName)).collect(Collectors.joining("\n"));
		return new Element.Section("History (" + events.size() + (events.size() == 1 ? " event)" : " events)"), lines,
				List.of());
	}

	static String summary(Commitment c, Function<String, String> cityName) {
		return "- **" + c.id() + "** " + c.title() + " — " + cityName.apply(c.cityKey()) + ", " + c.status().id() + " "
				+ c.progress() + " %, due " + text(c.deadline())
				+ (c.awaitingReaffirmation() ? ", awaiting re-affirmation" : "");
	}

	/** Each stored field's name in a commitment's history, as people read it. */
	private static final Map<String, String> FIELD_WORDS = Map.ofEntries(
			Map.entry("awaitingReaffirmation", "awaiting re-affirmation"), Map.entry("cityKey", "city"),
			Map.entry("partnerOrganisationId", "partner organisation"), Map.entry("owner", "owner office"),
			Map.entry("contactPersonId", "contact"));

	private static String line(CommitmentEvent event, Function<String, String> personName) {
		String what = event.changes()
			.stream()
			.filter((change) -> !"created".equals(event.type()))
			.map((change) -> describe(change, personName))
			.collect(Collectors.joining("; "));
		String note = (event.note() == null) ? "" : " — “" + event.note() + "”";
		return "- " + WHEN.format(event.at()) + " · " + event.type() + " by " + event.actorName()
				+ (what.isEmpty() ? "" : ": " + what) + note;
	}

	private static String describe(CommitmentEvent.Change change, Function<String, String> personName) {
		if ("contactPersonId".equals(change.field())) {
			return "contact: " + orNone(change.from(), personName) + " → " + orNone(change.to(), personName);
		}
		return FIELD_WORDS.getOrDefault(change.field(), change.field()) + ": " + orNone(word(change.from())) + " → "
				+ orNone(word(change.to()));
	}

	/** A yes or no field's value as a word people read. */
	private static @Nullable String word(@Nullable String value) {
		return "true".equals(value) ? "yes" : "false".equals(value) ? "no" : value;
	}

	private static String orNone(@Nullable String value, Function<String, String> personName) {
		return (value == null) ? "none" : personName.apply(value);
	}

	private static String orNone(@Nullable String value) {
		return (value == null) ? "none" : value;
	}

	/** The value as text; blank for none, which a field shows as "—". */
	private static String text(@Nullable Object value) {
		return (value == null) ? "" : value.toString();
	}

}
