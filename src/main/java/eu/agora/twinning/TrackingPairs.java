package eu.agora.twinning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.commitments.CityCommitments;
import eu.agora.commitments.CommitmentRecording;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.People;

/**
 * {@code /twin status}, {@code /twin plan <pair> add} (an action of the replication plan,
 * recorded as a commitment of the city through the ledger's own checks) and
 * {@code /twin show} (the pair with its history and plan).
 */
@Component
class TrackingPairs {

	private final Pairs pairs;

	private final PairSteps steps;

	private final PairHistory history;

	private final Profiles profiles;

	private final CommitmentRecording recording;

	private final CityCommitments commitments;

	private final CityDirectory cities;

	private final People people;

	TrackingPairs(Pairs pairs, PairSteps steps, PairHistory history, Profiles profiles, CommitmentRecording recording,
			CityCommitments commitments, CityDirectory cities, People people) {
		this.pairs = pairs;
		this.steps = steps;
		this.history = history;
		this.profiles = profiles;
		this.recording = recording;
		this.commitments = commitments;
		this.cities = cities;
		this.people = people;
	}

	Pair pair(CommandCall call) {
		return pairs.named(call.options().requiredText("pair"));
	}

	Reply status(CommandCall call) {
		Pair pair = pair(call);
		String typed = call.options().requiredText("status");
		PairStatus to = PairStatus.parse(typed)
			.orElseThrow(() -> new UserError("`" + typed + "` is not a twinning status.", "Statuses: "
					+ String.join(", ", PairStatus.ids()) + " — e.g. `/twin status " + pair.id() + " exchanging`."));
		String note = call.options().text("note").map(String::strip).filter((text) -> !text.isEmpty()).orElse(null);
		Pair moved = history.move(pair, to, note, call.caller().personId());
		String next = switch (to) {
			case REPLICATION_PLAN -> " Add the plan's actions with `/twin plan " + pair.id()
					+ " add title:\"…\" domain:<domain> target:\"…\" deadline:<date> city:<city>`.";
			case ADOPTED, STOPPED -> " No more follow-ups.";
			default -> "";
		};
		return Reply.text(moved.label(cities::nameOf) + " is now **" + to.label() + "**." + next)
			.visibleTo(Visibility.CHANNEL);
	}

	Reply plan(CommandCall call) {
		Pair pair = pair(call);
		City city = planCity(call, pair);
		String owner = call.options()
			.text("owner")
			.filter((text) -> !text.isBlank())
			.or(() -> Optional.ofNullable(profiles.orEmpty(city.key()).office()))
			.orElseThrow(() -> new UserError("Name the office that owns this action with `owner:\"…\"`.",
					"Or name it once in the profile: `/twin profile set city:" + city.name() + " office:\"…\"`."));
		String id = recording.record(call.caller(),
				new CommitmentRecording.NewCommitment(city.name(), call.options().requiredText("title"),
						call.options().requiredText("domain"), call.options().requiredText("target"),
						call.options().requiredText("deadline"), owner,
						"An action of the replication plan of twinning pair " + pair.label(cities::nameOf) + ", "
								+ pair.cohortName() + ".",
						"twinning " + pair.id()));
		pairs.change(pair, (p) -> p.withPlanAction(id));
		return Reply.text("Recorded **" + id + "** in " + city.name() + "'s commitments, as an action of " + pair.id()
				+ "'s replication plan. It lives on in the ledger: `/commit show " + id + "`.");
	}

	private City planCity(CommandCall call, Pair pair) {
		String typed = call.options().text("city").orElse(null);
		String key = (typed != null) ? cities.resolve(typed).key() : call.caller().cityKey();
		if (key == null || !pair.cities().contains(key)) {
			throw new UserError(
					"A plan action belongs to one of " + pair.id() + "'s cities: "
							+ TwinCards.names(pair.cities(), cities::nameOf) + ".",
					"Name it with `city:<city>`, e.g. `city:" + cities.nameOf(pair.cities().get(0)) + "`.");
		}
		return cities.byKey(key).orElseThrow();
	}

	Reply show(CommandCall call) {
		Pair pair = pair(call);
		List<Element> elements = new ArrayList<>();
		List<Element.Field> fields = new ArrayList<>();
		fields.add(new Element.Field("Cities", TwinCards.names(pair.cities(), cities::nameOf)));
		fields.add(new Element.Field("Cohort", pair.cohortName() + ", round " + pair.round()));
		fields.add(new Element.Field("Status", pair.pairStatus().label()
				+ (pair.paused() ? " — paused after " + pair.unanswered() + " unanswered follow-ups" : "")));
		fields.add(new Element.Field("Score", Scores.plain(pair.score())));
		fields.add(new Element.Field("Introduced", TwinCards.WHEN.format(pair.introducedAt())));
		fields.add(new Element.Field("Next follow-up",
				(pair.nextFollowUpAt() == null || pair.paused()) ? "" : TwinCards.WHEN.format(pair.nextFollowUpAt())));
		elements.add(new Element.Section(pair.id() + " — " + TwinCards.names(pair.cities(), cities::nameOf),
				String.join("\n", pair.reasons().stream().map((reason) -> "- " + reason).toList()), fields));
		elements.add(TwinCards.history(steps.of(pair.id()), people::nameOf));
		elements.add(new Element.Section("Replication plan", planLines(pair), List.of()));
		return new Reply(elements, Visibility.EPHEMERAL, false);
	}

	private String planLines(Pair pair) {
		if (pair.plan().isEmpty()) {
			return "no actions yet";
		}
		Map<String, CityCommitments.Brief> briefs = pair.cities()
			.stream()
			.flatMap((city) -> commitments.of(city).stream())
			.collect(Collectors.toMap(CityCommitments.Brief::id, Function.identity(), (a, b) -> a));
		return pair.plan().stream().map((id) -> {
			CityCommitments.Brief brief = briefs.get(id);
			return (brief == null) ? "- " + id : "- **" + id + "** " + brief.title() + " — " + brief.status() + " "
					+ brief.progress() + " %, due " + brief.deadline();
		}).collect(Collectors.joining("\n"));
	}

}
