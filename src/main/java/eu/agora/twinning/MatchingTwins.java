package eu.agora.twinning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

/**
 * {@code /twin match}, {@code /twin swap} and {@code /twin lock}: the current round's
 * proposal, which the organisers review before they publish it.
 */
@Component
class MatchingTwins {

	private final Cohorts cohorts;

	private final Proposing proposing;

	private final CityDirectory cities;

	private final TwinningProperties properties;

	MatchingTwins(Cohorts cohorts, Proposing proposing, CityDirectory cities, TwinningProperties properties) {
		this.cohorts = cohorts;
		this.proposing = proposing;
		this.cities = cities;
		this.properties = properties;
	}

	Reply match(CommandCall call) {
		Cohort cohort = open(call);
		if (cohort.cities().size() < 2) {
			throw new UserError(
					cohort.name() + " has " + cohort.cities().size() + " cities; a matching needs at least two.",
					"Add cities with `/twin cohort add " + RunningCohorts.quoted(cohort.name()) + " <city> <city>…`.");
		}
		String mode = call.options().text("mode").orElse(Proposing.PAIRS);
		int capacity = Math.toIntExact(call.options().integer("capacity").orElse((long) properties.pilotCapacity()));
		if (capacity < 1) {
			throw new UserError("`capacity:` is how many twins a pilot gets at most: 1 or more.");
		}
		Cohort.Proposal proposal = proposing.propose(cohort, mode, capacity);
		cohorts.change(cohort, (c) -> c.with(c.cities(), proposal, c.locks()));
		return proposal(cohort, proposal);
	}

	Reply swap(CommandCall call) {
		Cohort cohort = open(call);
		Cohort.Proposal proposal = proposalOf(cohort);
		City a = cities.resolve(call.options().requiredText("city"));
		City b = cities.resolve(call.options().requiredText("other"));
		int ga = groupOf(proposal, a, cohort);
		int gb = groupOf(proposal, b, cohort);
		if (ga == gb) {
			throw new UserError(a.name() + " and " + b.name() + " are in the same group already.",
					"Swap two cities of different groups, e.g. one of each pair.");
		}
		List<String> first = replaced(proposal.groups().get(ga).cities(), a.key(), b.key());
		List<String> second = replaced(proposal.groups().get(gb).cities(), b.key(), a.key());
		Set<String> forbidden = proposing.forbidden(cohort);
		checkAllowed(first, forbidden);
		checkAllowed(second, forbidden);
		PairScores scores = proposing.scores();
		List<Cohort.Group> groups = new ArrayList<>(proposal.groups());
		boolean hub = Proposing.PILOTS.equals(proposal.mode());
		groups.set(ga, proposing.group(first, scores, proposal.groups().get(ga).locked(), hub));
		groups.set(gb, proposing.group(second, scores, proposal.groups().get(gb).locked(), hub));
		Cohort.Proposal swapped = new Cohort.Proposal(proposal.mode(), groups, proposal.unmatched(), proposal.at());
		cohorts.change(cohort, (c) -> c.with(c.cities(), swapped, c.locks()));
		return proposal(cohort, swapped).with(new Element.Text("Swapped " + a.name() + " and " + b.name()
				+ ". Publish with `/twin publish " + RunningCohorts.quoted(cohort.name())
				+ "`; a new `/twin match` recomputes all but locked pairs."));
	}

	Reply lock(CommandCall call) {
		Cohort cohort = open(call);
		City a = cities.resolve(call.options().requiredText("city"));
		City b = cities.resolve(call.options().requiredText("other"));
		for (City city : List.of(a, b)) {
			if (!cohort.cities().contains(city.key())) {
				throw new UserError(city.name() + " is not in " + cohort.name() + ".", "Add it with `/twin cohort add "
						+ RunningCohorts.quoted(cohort.name()) + " " + city.name() + "`.");
			}
			if (cohort.locks().stream().anyMatch((lock) -> lock.contains(city.key()))) {
				throw new UserError(city.name() + " is locked in a pair already.");
			}
		}
		if (a.key().equals(b.key())) {
			throw new UserError("Lock two different cities together.");
		}
		checkAllowed(List.of(a.key(), b.key()), proposing.forbidden(cohort));
		List<List<String>> locks = new ArrayList<>(cohort.locks());
		locks.add(List.of(a.key(), b.key()));
		Cohort locked = cohorts.change(cohort, (c) -> c.with(c.cities(), c.proposal(), locks));
		Cohort.Proposal before = locked.proposal();
		if (before == null) {
			return Reply
				.text("Locked " + a.name() + " and " + b.name() + " together for round " + cohort.round() + ".");
		}
		Cohort.Proposal proposal = proposing.propose(locked, before.mode(), properties.pilotCapacity());
		cohorts.change(locked, (c) -> c.with(c.cities(), proposal, c.locks()));
		return proposal(cohort, proposal).with(
				new Element.Text("Locked " + a.name() + " and " + b.name() + " together; the rest was matched again."));
	}

	private Cohort open(CommandCall call) {
		Cohort cohort = cohorts.named(call.options().requiredText("cohort"));
		if (cohort.published()) {
			throw new UserError("Round " + cohort.round() + " of " + cohort.name() + " is published already.",
					"Open the next round with `/twin round " + RunningCohorts.quoted(cohort.name())
							+ "`, then match it.");
		}
		return cohort;
	}

	private static Cohort.Proposal proposalOf(Cohort cohort) {
		Cohort.Proposal proposal = cohort.proposal();
		if (proposal == null) {
			throw new UserError(cohort.name() + " has no proposal for round " + cohort.round() + " yet.",
					"Run `/twin match " + RunningCohorts.quoted(cohort.name()) + "` first.");
		}
		return proposal;
	}

	private static int groupOf(Cohort.Proposal proposal, City city, Cohort cohort) {
		for (int g = 0; g < proposal.groups().size(); g++) {
			if (proposal.groups().get(g).cities().contains(city.key())) {
				return g;
			}
		}
		throw new UserError(city.name() + " is in no group of " + cohort.name() + "'s proposal.",
				"`/twin cohort show " + RunningCohorts.quoted(cohort.name()) + "` shows the proposal.");
	}

	private static List<String> replaced(List<String> group, String out, String in) {
		return group.stream().map((city) -> city.equals(out) ? in : city).toList();
	}

	private void checkAllowed(List<String> group, Set<String> forbidden) {
		Proposing.forEachTwoOf(group, (x, y) -> {
			if (forbidden.contains(PairScores.key(x, y))) {
				throw new UserError(
						cities.nameOf(x) + " and " + cities.nameOf(y)
								+ " may not be twins here: they are excluded, or were twins in an earlier round.",
						"Choose other cities.");
			}
		});
	}

	private Reply proposal(Cohort cohort, Cohort.Proposal proposal) {
		List<Element> elements = new ArrayList<>();
		long trios = proposal.groups().stream().filter((g) -> g.cities().size() == 3).count();
		elements.add(new Element.Text("**" + cohort.name() + "**, round " + cohort.round() + " (" + proposal.mode()
				+ "): " + Plural.of(proposal.groups().size(), "group")
				+ ((trios > 0) ? ", " + trios + " of them a trio" : "") + ", total score "
				+ Scores.plain(proposal.total()) + "."));
		int n = 1;
		for (Cohort.Group group : proposal.groups()) {
			elements.add(TwinCards.group(n++ + ". " + TwinCards.names(group.cities(), cities::nameOf), group));
		}
		if (!proposal.unmatched().isEmpty()) {
			elements.add(new Element.Section("Not matched this round",
					proposal.unmatched()
						.stream()
						.map((left) -> "- " + cities.nameOf(left.cityKey()) + ": " + left.reason())
						.reduce((x, y) -> x + "\n" + y)
						.orElse(""),
					List.of()));
		}
		elements.add(new Element.Text("Review it; `/twin swap` or `/twin lock` change it; `/twin publish "
				+ RunningCohorts.quoted(cohort.name()) + "` introduces the groups."));
		return new Reply(elements, Visibility.EPHEMERAL, false);
	}

}
