package eu.agora.panels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Panels and sessions for fast tests:
 * {@code aPanel().named("Energy").withMembers("lodz").boundTo("shell:room").build()} and
 * {@code aSession().of(panel).running().withOpenRound("What works?").build()}.
 */
final class PanelTestData {

	static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");

	private PanelTestData() {
	}

	static PanelBuilder aPanel() {
		return new PanelBuilder();
	}

	static SessionBuilder aSession() {
		return new SessionBuilder();
	}

	static final class PanelBuilder {

		private String name = "Energy Transition";

		private List<String> members = List.of();

		private List<String> moderators = List.of("P-1");

		private List<String> channels = List.of();

		private boolean archived;

		PanelBuilder named(String value) {
			this.name = value;
			return this;
		}

		PanelBuilder withMembers(String... cityKeys) {
			this.members = List.of(cityKeys);
			return this;
		}

		PanelBuilder moderatedBy(String... personIds) {
			this.moderators = List.of(personIds);
			return this;
		}

		PanelBuilder boundTo(String... platformChannels) {
			this.channels = List.of(platformChannels);
			return this;
		}

		PanelBuilder archived() {
			this.archived = true;
			return this;
		}

		Panel build() {
			return new Panel(Panel.idFor(name), name, "Share what works", List.of("energy"), members, moderators,
					channels, archived, CREATED, 0);
		}

	}

	static final class SessionBuilder {

		private String id = "S-000001";

		private String panelId = Panel.idFor("Energy Transition");

		private Instant scheduledAt = Instant.parse("2026-03-05T13:00:00Z");

		private PanelSession.State state = PanelSession.State.SCHEDULED;

		private final List<PanelSession.Round> rounds = new ArrayList<>();

		SessionBuilder withId(String value) {
			this.id = value;
			return this;
		}

		SessionBuilder of(Panel panel) {
			this.panelId = panel.id();
			return this;
		}

		SessionBuilder at(Instant value) {
			this.scheduledAt = value;
			return this;
		}

		SessionBuilder running() {
			this.state = PanelSession.State.RUNNING;
			return this;
		}

		SessionBuilder withOpenRound(String question) {
			rounds.add(new PanelSession.Round(rounds.size() + 1, question, scheduledAt, null));
			return this;
		}

		PanelSession build() {
			return new PanelSession(id, panelId, "Cycling", List.of("What works?"), scheduledAt, "Europe/Warsaw", state,
					rounds, null, false, 0);
		}

	}

}
