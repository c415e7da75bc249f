package eu.agora.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import eu.agora.commitments.CommitmentActivity;
import eu.agora.conversation.Caller;
import eu.agora.conversation.Reply;
import eu.agora.coordination.EscalationsWaiting;
import eu.agora.coordination.Scope;
import eu.agora.coordination.Scopes;
import eu.agora.directory.City;
import eu.agora.directory.MissionStatus;
import eu.agora.knowledge.KnowledgeGaps;
import eu.agora.panels.PanelChannels;
import eu.agora.panels.PanelDirectory;
import eu.agora.panels.PanelOutcomePublished;
import eu.agora.twinning.TwinningActivity;

/**
 * In-memory stand-ins for the ports a digest reads, for fast use-case tests and the
 * benchmark: plain lists the test fills.
 */
final class DigestFakes {

	final List<City> cities = new ArrayList<>();

	final List<CommitmentActivity.CommitmentState> commitments = new ArrayList<>();

	final List<CommitmentActivity.CommitmentStep> steps = new ArrayList<>();

	final List<PanelDirectory.PanelInfo> panels = new ArrayList<>();

	final List<PanelOutcomePublished> outcomes = new ArrayList<>();

	final List<KnowledgeGaps.OpenGap> gaps = new ArrayList<>();

	final List<EscalationsWaiting.Waiting> escalations = new ArrayList<>();

	final List<TwinningActivity.TwinningStep> twinSteps = new ArrayList<>();

	static City city(String key, String name, String country) {
		return new City(key, name, name, List.of(), country, "", MissionStatus.MISSION_CITY, List.of(),
				"Europe/Brussels");
	}

	/**
	 * Builds digests over these lists; twinning is read only when {@code withTwinning}.
	 */
	BuildingDigests building() {
		return new BuildingDigests(scopes(), activity(), () -> panels, channels(), gaps(), (scope) -> escalations,
				this::twinSteps);
	}

	private List<TwinningActivity.TwinningStep> twinSteps(Collection<String> keys, Instant from, Instant to) {
		return twinSteps.stream()
			.filter((s) -> s.cityKeys().stream().anyMatch(keys::contains))
			.filter((s) -> !s.at().isBefore(from) && s.at().isBefore(to))
			.toList();
	}

	Scopes scopes() {
		return new Scopes() {

			@Override
			public Scope resolve(String typed) {
				return typed.equals("EU") ? Scope.EU
						: new Scope(Scope.Kind.COUNTRY, typed, typed.substring("country:".length()));
			}

			@Override
			public List<City> citiesIn(Scope scope) {
				return (scope.kind() == Scope.Kind.EU) ? cities
						: cities.stream().filter((c) -> scope.key().equals("country:" + c.country())).toList();
			}

			@Override
			public List<Scope> coordinatedBy(Caller caller) {
				return List.of();
			}

			@Override
			public boolean mayFollow(Caller caller, Scope scope) {
				return true;
			}

		};
	}

	private CommitmentActivity activity() {
		return new CommitmentActivity() {

			@Override
			public List<CommitmentState> current(Collection<String> cityKeys) {
				return commitments.stream().filter((c) -> cityKeys.contains(c.cityKey())).toList();
			}

			@Override
			public List<CommitmentStep> stepsBetween(Collection<String> cityKeys, Instant from, Instant to) {
				return steps.stream()
					.filter((s) -> cityKeys.contains(s.cityKey()))
					.filter((s) -> !s.at().isBefore(from) && s.at().isBefore(to))
					.toList();
			}

		};
	}

	private PanelChannels channels() {
		return new PanelChannels() {

			@Override
			public Posted post(String panelName, Reply message) {
				return new Posted(panelName, 0);
			}

			@Override
			public List<PanelOutcomePublished> publishedOutcomes() {
				return outcomes;
			}

		};
	}

	private KnowledgeGaps gaps() {
		return new KnowledgeGaps() {

			@Override
			public List<OpenGap> unanswered() {
				return gaps;
			}

			@Override
			public void saveVerifiedAnswer(String source, String question, String answer, String cityKey,
					String byPersonId) {
				throw new UnsupportedOperationException("digests never save answers");
			}

		};
	}

	static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
