package eu.agora.panels;

import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.agora.conversation.UserError;

/**
 * Copies of panels and sessions with a few fields changed — records have no withers.
 */
final class PanelCopies {

	private PanelCopies() {
	}

	static Panel versioned(Panel p, long version) {
		return new Panel(p.id(), p.name(), p.purpose(), p.domains(), p.memberCities(), p.moderators(), p.channels(),
				p.archived(), p.createdAt(), version);
	}

	static Panel members(Panel p, List<String> memberCities) {
		return new Panel(p.id(), p.name(), p.purpose(), p.domains(), memberCities, p.moderators(), p.channels(),
				p.archived(), p.createdAt(), p.version());
	}

	static Panel channels(Panel p, List<String> channels) {
		return new Panel(p.id(), p.name(), p.purpose(), p.domains(), p.memberCities(), p.moderators(), channels,
				p.archived(), p.createdAt(), p.version());
	}

	static Panel moderators(Panel p, List<String> moderators) {
		return new Panel(p.id(), p.name(), p.purpose(), p.domains(), p.memberCities(), moderators, p.channels(),
				p.archived(), p.createdAt(), p.version());
	}

	static Panel archived(Panel p) {
		return new Panel(p.id(), p.name(), p.purpose(), p.domains(), p.memberCities(), p.moderators(), p.channels(),
				true, p.createdAt(), p.version());
	}

	static PanelSession versioned(PanelSession s, long version) {
		return new PanelSession(s.id(), s.panelId(), s.topic(), s.questions(), s.scheduledAt(), s.zone(), s.state(),
				s.rounds(), s.outcome(), s.published(), version);
	}

	static PanelSession state(PanelSession s, PanelSession.State state) {
		return new PanelSession(s.id(), s.panelId(), s.topic(), s.questions(), s.scheduledAt(), s.zone(), state,
				s.rounds(), s.outcome(), s.published(), s.version());
	}

	static PanelSession rounds(PanelSession s, List<PanelSession.Round> rounds) {
		return new PanelSession(s.id(), s.panelId(), s.topic(), s.questions(), s.scheduledAt(), s.zone(), s.state(),
				rounds, s.outcome(), s.published(), s.version());
	}

	static PanelSession outcome(PanelSession s, @Nullable String outcome, boolean published) {
		return new PanelSession(s.id(), s.panelId(), s.topic(), s.questions(), s.scheduledAt(), s.zone(), s.state(),
				s.rounds(), outcome, published, s.version());
	}

	/** The answer when a guarded change met someone else's. */
	static UserError changedMeanwhile(String what) {
		return new UserError(what + " was changed by someone else just now; nothing of yours was saved.", "Try again.");
	}

}
