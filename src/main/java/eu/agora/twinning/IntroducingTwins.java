package eu.agora.twinning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.CityDirectory;
import eu.agora.storage.Sequences;

/**
 * {@code /twin publish}: each proposed group becomes a pair ({@code T-7}) whose first
 * step, "introduced", is recorded before the pair; then each group is introduced in a
 * private conversation with its cities' officers — both profiles, the reasons and a
 * starter agenda. A city with no registered officer is named in the reply to the
 * moderator, never dropped. Publishing again creates nothing twice: pairs are unique per
 * slot, introductions are claimed before they are sent.
 */
@Component
class IntroducingTwins {

	private final Cohorts cohorts;

	private final Pairs pairs;

	private final PairSteps steps;

	private final FollowUps followUps;

	private final CityProfiles profiles;

	private final Profiles declared;

	private final GroupDelivery delivery;

	private final CityDirectory cities;

	private final Sequences sequences;

	private final TwinningProperties properties;

	private final Clock clock;

	IntroducingTwins(Cohorts cohorts, Pairs pairs, PairSteps steps, FollowUps followUps, CityProfiles profiles,
			Profiles declared, GroupDelivery delivery, CityDirectory cities, Sequences sequences,
			TwinningProperties properties, Clock clock) {
		this.cohorts = cohorts;
		this.pairs = pairs;
		this.steps = steps;
		this.followUps = followUps;
		this.profiles = profiles;
		this.declared = declared;
		this.delivery = delivery;
		this.cities = cities;
		this.sequences = sequences;
		this.properties = properties;
		this.clock = clock;
	}

	Reply publish(CommandCall call) {
		Cohort cohort = cohorts.named(call.options().requiredText("cohort"));
		String name = RunningCohorts.quoted(cohort.name());
		if (cohort.published()) {
			throw new UserError("Round " + cohort.round() + " of " + cohort.name() + " is published already.",
					"Open the next round with `/twin round " + name + "`, then `/twin match " + name + "`.");
		}
		Cohort.Proposal proposal = cohort.proposal();
		if (proposal == null || proposal.groups().isEmpty()) {
			throw new UserError(cohort.name() + " has nothing to publish for round " + cohort.round() + ".",
					"Run `/twin match " + name + "` first.");
		}
		List<Pair> published = new ArrayList<>();
		for (int g = 0; g < proposal.groups().size(); g++) {
			published.add(pairFor(cohort, g, proposal.groups().get(g), call.caller().personId()));
		}
		cohorts.change(cohort, Cohort::publishedNow);
		return introduced(cohort, published);
	}

	/**
	 * Introduces each pair; the reply says whom it reached and names cities without an
	 * officer.
	 */
	private Reply introduced(Cohort cohort, List<Pair> published) {
		Set<String> withoutOfficer = new LinkedHashSet<>();
		List<String> lines = new ArrayList<>();
		for (Pair pair : published) {
			GroupDelivery.Delivered delivered = introduce(pair);
			withoutOfficer.addAll(delivered.withoutOfficer());
			lines.add("- **" + pair.id() + "** " + TwinCards.names(pair.cities(), cities::nameOf) + " — "
					+ ((delivered.reached() == 0) ? "nobody to introduce yet" : "introduced to " + delivered.reached()
							+ ((delivered.reached() == 1) ? " officer" : " officers")));
		}
		List<Element> elements = new ArrayList<>();
		elements.add(new Element.Section("Published round " + cohort.round() + " of " + cohort.name(),
				String.join("\n", lines), List.of()));
		if (!withoutOfficer.isEmpty()) {
			elements.add(new Element.Text(
					"**No registered officer** in " + TwinCards.names(List.copyOf(withoutOfficer), cities::nameOf)
							+ ": they were not introduced in a conversation. An admin registers one with "
							+ "`/agora role <person> officer scope:city:<city>`; the pair ids above stay valid."));
		}
		return new Reply(elements, Visibility.EPHEMERAL, false);
	}

	/** The pair of slot {@code cohort/round/g}, created with its first step if new. */
	private Pair pairFor(Cohort cohort, int g, Cohort.Group group, String publisher) {
		String slot = cohort.id() + "/" + cohort.round() + "/" + g;
		return pairs.bySlot(slot).orElseGet(() -> {
			String id = "T-" + sequences.next("twin");
			Instant now = clock.instant();
			PairStep introduced = new PairStep(PairStep.idFor(id, 1), id, cohort.name(), group.cities(),
					PairStatus.INTRODUCED.id(), null, publisher, now);
			steps.append(introduced);
			Pair pair = new Pair(id, slot, cohort.id(), cohort.name(), cohort.round(), group.cities(),
					PairStatus.INTRODUCED.id(), group.score(), group.reasons(), now,
					now.plus(properties.followUpAfter()), 0, 0, false, List.of(), 1, 0);
			if (pairs.add(pair)) {
				return pair;
			}
			// another publish of the same round created this slot's pair first
			steps.withdraw(introduced.id());
			return pairs.bySlot(slot).orElseThrow();
		});
	}

	private GroupDelivery.Delivered introduce(Pair pair) {
		if (!followUps.claim(FollowUps.FollowUp.sent(pair.id(), 0, clock.instant()))) {
			return new GroupDelivery.Delivered(0, List.of());
		}
		GroupDelivery.Delivered delivered = delivery.toOfficersOf(pair.cities(), introduction(pair));
		if (delivered.reached() == 0) {
			followUps.release(pair.id() + "#0");
		}
		return delivered;
	}

	Reply introduction(Pair pair) {
		List<Element> elements = new ArrayList<>();
		String names = TwinCards.names(pair.cities(), cities::nameOf);
		elements.add(new Element.Section("Meet your twins: " + names + " (" + pair.id() + ")",
				"You were matched in **" + pair.cohortName() + "**, round " + pair.round() + ", because:\n"
						+ String.join("\n", pair.reasons().stream().map((reason) -> "- " + reason).toList()),
				List.of()));
		pair.cities().forEach((city) -> elements.add(TwinCards.profile(profiles.of(city), declared.orEmpty(city))));
		elements.add(new Element.Text("**A starter agenda** for your first call:\n"
				+ "- Introduce your teams and the one challenge you most want to crack.\n"
				+ "- Walk through the reasons above: what can each of you show the other?\n"
				+ "- Agree on a next step — an exchange of documents, a call with your experts, a site visit.\n" + "In "
				+ properties.followUpAfter().toDays()
				+ " days I will ask whether you met. Move your status any time with `/twin status " + pair.id()
				+ " <status>`."));
		return new Reply(elements, Visibility.GROUP, false);
	}

}
