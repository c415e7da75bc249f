package eu.agora.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Options;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.Domain;
import eu.agora.directory.People;

/**
 * {@code /commit show}, {@code /commit list} and {@code /commit export}: what a caller
 * may read, filtered as asked.
 */
@Component
class ListingCommitments {

	private static final int SHOWN = 40;

	private final Ledger ledger;

	private final UpdatingCommitments updating;

	private final CommitmentAccess access;

	private final CityDirectory cities;

	private final People people;

	private final CommitmentExport export;

	private final Clock clock;

	ListingCommitments(Ledger ledger, UpdatingCommitments updating, CommitmentAccess access, CityDirectory cities,
			People people, CommitmentExport export, Clock clock) {
		this.ledger = ledger;
		this.updating = updating;
		this.access = access;
		this.cities = cities;
		this.people = people;
		this.export = export;
		this.clock = clock;
	}

	Reply show(CommandCall call) {
		Commitment commitment = updating.find(call.options().requiredText("id"));
		return Reply.of(CommitmentCards.card(commitment, cities::nameOf, people::nameOf),
				CommitmentCards.history(ledger.history(commitment.storedId()), people::nameOf));
	}

	Reply list(CommandCall call) {
		List<Commitment> found = filtered(call);
		if (found.isEmpty()) {
			return Reply.text("No commitments match. Log one with `/commit add`.");
		}
		String lines = found.stream()
			.limit(SHOWN)
			.map((c) -> CommitmentCards.summary(c, cities::nameOf))
			.collect(Collectors.joining("\n"));
		String more = (found.size() > SHOWN)
				? "\n… and " + (found.size() - SHOWN) + " more: narrow with city:, status: or domain:" : "";
		return Reply.of(new Element.Section(Plural.of(found.size(), "commitment"), lines + more, List.of()));
	}

	Reply export(CommandCall call) {
		List<Commitment> found = filtered(call);
		String format = call.options().text("format").orElse("csv");
		Element.Attachment file = "json".equals(format) ? export.json(found) : export.csv(found);
		return Reply.of(new Element.Text("Exported " + Plural.of(found.size(), "commitment") + " as "
				+ format.toUpperCase(Locale.ROOT) + ". " + export.columnsText()), file);
	}

	private List<Commitment> filtered(CommandCall call) {
		Options options = call.options();
		CommitmentFilter filter = CommitmentFilter.ANY;
		if (options.text("city").isPresent()) {
			filter = filter.inCity(cities.resolve(options.requiredText("city")).key());
		}
		if (options.text("status").isPresent()) {
			filter = filter.withStatus(Status.parse(options.requiredText("status")).orElseThrow());
		}
		if (options.text("domain").isPresent()) {
			filter = filter.inDomain(Domain.parse(options.requiredText("domain"))
				.orElseThrow(() -> new UserError("`domain` must be one of " + String.join(", ", Domain.ids()) + "."))
				.id());
		}
		if (options.flag("reaffirm")) {
			filter = filter.awaitingReaffirmationOnly();
		}
		LocalDate today = LocalDate.now(clock);
		return ledger.matching(filter)
			.stream()
			.filter((c) -> access.mayRead(call.caller(), c))
			.filter((c) -> !options.flag("overdue") || c.isOverdue(today))
			.filter((c) -> !options.flag("stale") || c.isStale(clock.instant()))
			.toList();
	}

}
