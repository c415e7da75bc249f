package eu.agora.panels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.storage.Sequences;

/**
 * {@code /panel schedule|start|end} and {@code /panel round open|close}.
 */
@Component
class RunningSessions {

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Brussels");

	private final Panels panels;

	private final PanelSessions sessions;

	private final Sequences sequences;

	private final Broadcasting broadcasting;

	private final Clock clock;

	RunningSessions(Panels panels, PanelSessions sessions, Sequences sequences, Broadcasting broadcasting,
			Clock clock) {
		this.panels = panels;
		this.sessions = sessions;
		this.sequences = sequences;
		this.broadcasting = broadcasting;
		this.clock = clock;
	}

	Reply schedule(CommandCall call) {
		Panel panel = moderated(call);
		LocalDateTime at = call.options().dateTime("at").orElseThrow();
		ZoneId zone = call.options().zone("tz").orElse(DEFAULT_ZONE);
		Instant when = LocalTimes.exact(at, zone).toInstant();
		if (!when.isAfter(clock.instant())) {
			throw new UserError("`at` is in the past (" + at + " " + zone.getId() + ").",
					"Schedule a session in the future.");
		}
		String topic = call.options().text("topic").orElseThrow();
		List<String> questions = questions(call.options().text("questions").orElse(""));
		PanelSession session = sessions.add(new PanelSession(newId(), panel.id(), topic, questions, when, zone.getId(),
				PanelSession.State.SCHEDULED, List.of(), null, false, 0));
		return Reply.text("Scheduled **" + topic + "** for " + Schedules.describe(session) + " with "
				+ Plural.of(questions.size(), "question") + ". " + reminders(panel));
	}

	/** What the schedule's reply may promise: reminders go only to bound channels. */
	private static String reminders(Panel panel) {
		if (panel.channels().isEmpty()) {
			return "No channel is bound to " + panel.name() + ", so no reminders will be posted: run `/panel bind "
					+ panel.name() + "` in the panel's channel to have them.";
		}
		return "Reminders go to the panel's " + Plural.of(panel.channels().size(), "channel")
				+ " 24 hours and 15 minutes before.";
	}

	Reply start(CommandCall call) {
		Panel panel = moderated(call);
		PanelSession current = sessions.current(panel.id()).orElse(null);
		if (current != null && current.state() == PanelSession.State.RUNNING) {
			throw new UserError("A session of " + panel.name() + " is already running: " + current.topic() + ".",
					"End it with `/panel end " + panel.name() + "` first.");
		}
		String topic = call.options().text("topic").map(String::strip).orElse(null);
		if (current != null && (topic == null || topic.equalsIgnoreCase(current.topic()))) {
			PanelSession started = sessions.change(current, (s) -> PanelCopies.state(s, PanelSession.State.RUNNING));
			return started(panel, started, "the session scheduled for " + Schedules.describe(current) + ", ", "");
		}
		PanelSession started = sessions
			.add(new PanelSession(newId(), panel.id(), (topic != null) ? topic : "Open session", List.of(), null,
					DEFAULT_ZONE.getId(), PanelSession.State.RUNNING, List.of(), null, false, 0));
		String stays = (current == null) ? ""
				: " “" + current.topic() + "” stays scheduled for " + Schedules.describe(current) + ".";
		return started(panel, started, "an ad-hoc session, ", stays);
	}

	private Reply started(Panel panel, PanelSession started, String which, String more) {
		broadcasting.toChannels(panel,
				Reply.text("**" + panel.name() + "** — the session “" + started.topic() + "” has started."));
		return Reply.text("Started " + which + "“" + started.topic() + "”, in " + panel.name() + "." + more
				+ " Open a round with `/panel round open " + panel.name() + "`.");
	}

	Reply end(CommandCall call) {
		Panel panel = moderated(call);
		PanelSession session = running(panel);
		sessions.change(session,
				(s) -> PanelCopies.state(PanelCopies.rounds(s, closeAll(s.rounds())), PanelSession.State.ENDED));
		return Reply.text("Ended “" + session.topic() + "”. " + nextStep(panel, session));
	}

	/** After a session ends: draft, publish, or nothing left to do. */
	private static String nextStep(Panel panel, PanelSession session) {
		if (session.published()) {
			return "Its outcome is published already; every city finds it with `/panel outcomes "
					+ PanelAccess.quoted(panel.name()) + "`.";
		}
		if (session.outcome() != null) {
			return "Its drafted outcome waits: publish it with `/panel publish " + panel.name() + "`.";
		}
		return "Draft its outcome with `/panel summary " + panel.name() + "`.";
	}

	Reply openRound(CommandCall call) {
		Panel panel = moderated(call);
		PanelSession session = running(panel);
		session.openRound().ifPresent((open) -> {
			throw new UserError("Round " + open.number() + " is still open.",
					"Close it with `/panel round close " + panel.name() + "`.");
		});
		String question = call.options()
			.text("question")
			.or(session::nextQuestion)
			.orElseThrow(() -> new UserError("The agenda has no question left.",
					"Give one: `/panel round open " + panel.name() + " question:\"…\"`."));
		int number = session.rounds().size() + 1;
		List<PanelSession.Round> rounds = new ArrayList<>(session.rounds());
		rounds.add(new PanelSession.Round(number, question, clock.instant(), null));
		sessions.change(session, (s) -> PanelCopies.rounds(s, rounds));
		broadcasting.toChannels(panel,
				Reply.text("**Round " + number + "** — " + question + "\nSave key points with `/panel note "
						+ PanelAccess.quoted(panel.name()) + " \"…\"` or the message menu “Save as key point”."));
		return Reply.text("Round " + number + " is open: " + question);
	}

	Reply closeRound(CommandCall call) {
		Panel panel = moderated(call);
		PanelSession session = running(panel);
		PanelSession.Round open = session.openRound()
			.orElseThrow(() -> new UserError("No round is open in " + panel.name() + "."));
		sessions.change(session, (s) -> PanelCopies.rounds(s, closeAll(s.rounds())));
		return Reply.text("Round " + open.number() + " is closed.");
	}

	private List<PanelSession.Round> closeAll(List<PanelSession.Round> rounds) {
		return rounds.stream()
			.map((r) -> r.isOpen() ? new PanelSession.Round(r.number(), r.question(), r.openedAt(), clock.instant())
					: r)
			.toList();
	}

	/** The call's panel, whose moderators alone get here (a rule in the catalog). */
	private Panel moderated(CommandCall call) {
		Panel panel = panels.named(call.options().requiredText("panel"));
		PanelAccess.checkOpen(panel);
		return panel;
	}

	PanelSession running(Panel panel) {
		return sessions.current(panel.id())
			.filter((s) -> s.state() == PanelSession.State.RUNNING)
			.orElseThrow(() -> new UserError("No session of " + panel.name() + " is running.",
					"Start one with `/panel start " + panel.name() + "`."));
	}

	private String newId() {
		return String.format("S-%06d", sequences.next("panel-session"));
	}

	private static List<String> questions(String typed) {
		List<String> questions = Arrays.stream(typed.split("\\|"))
			.map(String::strip)
			.filter((q) -> !q.isEmpty())
			.toList();
		if (questions.stream().anyMatch((q) -> q.length() > 500)) {
			throw new UserError("A question has more than 500 characters; keep each one short.");
		}
		return questions;
	}

}
