package eu.agora.panels;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;

/**
 * {@code /panel note} and the message action "Save as key point": a key point for the
 * open round. Who saved it is stored, never shown.
 */
@Component
class SavingKeyPoints {

	static final String ACTION = "panel:save-key-point";

	static final int MAX_LENGTH = 1000;

	private final Panels panels;

	private final RunningSessions sessions;

	private final KeyPoints keyPoints;

	private final Clock clock;

	SavingKeyPoints(Panels panels, RunningSessions sessions, KeyPoints keyPoints, Clock clock) {
		this.panels = panels;
		this.sessions = sessions;
		this.keyPoints = keyPoints;
		this.clock = clock;
	}

	Reply note(CommandCall call) {
		LeadingPanelName named = noted(call);
		return save(call, named.panel(), named.rest());
	}

	/** The panel {@code /panel note} names, by the rule of {@link LeadingPanelName}. */
	LeadingPanelName noted(CommandCall call) {
		return LeadingPanelName.read(panels, call.options().requiredText("panel"),
				call.options().text("text").orElse(""), "/panel note");
	}

	Reply fromMessage(CommandCall call) {
		return save(call, boundPanel(call), call.options().text("message").orElse(""));
	}

	/** The panel bound to the channel a message action ran in. */
	Panel boundPanel(CommandCall call) {
		String channel = call.inbound().platform().id() + ":" + call.inbound().channel();
		return panels.boundTo(channel)
			.orElseThrow(() -> new UserError("This channel is not bound to a panel.",
					"Use `/panel note <panel> \"…\"`, or ask a moderator to `/panel bind` this channel."));
	}

	private Reply save(CommandCall call, Panel panel, String typed) {
		String text = typed.strip();
		if (text.isEmpty()) {
			throw new UserError("A key point needs some text.",
					"`/panel note " + PanelAccess.quoted(panel.name()) + " \"What worked was …\"`");
		}
		if (text.length() > MAX_LENGTH) {
			throw new UserError(
					"A key point is at most " + MAX_LENGTH + " characters; this one has " + text.length() + ".",
					"Keep the point itself; details belong in the discussion.");
		}
		PanelSession session = sessions.running(panel);
		PanelSession.Round round = session.openRound()
			.orElseThrow(
					() -> new UserError("No round is open in " + panel.name() + ", so there is nothing to save it to.",
							"A moderator opens one with `/panel round open " + panel.name() + "`."));
		keyPoints.add(new KeyPoint(UUID.randomUUID().toString(), session.id(), round.number(), text,
				call.caller().personId(), clock.instant()));
		long count = keyPoints.countIn(session.id(), round.number());
		return Reply.text("Saved to round " + round.number() + " of " + panel.name() + " (" + count
				+ (count == 1 ? " key point" : " key points") + " so far). Outcomes never name who said what.");
	}

}
