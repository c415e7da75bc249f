package eu.agora.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;

/**
 * {@code /commit update} and {@code /commit reaffirm}: each change one event in the
 * commitment's history.
 */
@Component
class UpdatingCommitments {

	private final Ledger ledger;

	UpdatingCommitments(Ledger ledger) {
		this.ledger = ledger;
	}

	Reply update(CommandCall call) {
		Commitment before = find(call.options().requiredText("id"));
		Integer progress = call.options().integer("progress").map(UpdatingCommitments::percent).orElse(null);
		Status status = call.options().text("status").map((text) -> Status.parse(text).orElseThrow()).orElse(null);
		String note = call.options().text("note").map(UpdatingCommitments::note).orElse(null);
		String evidence = call.options()
			.text("evidence")
			.map((url) -> checked(() -> CommitmentInput.url("evidence", url)))
			.orElse(null);
		Commitment after = ledger.change(before, (c) -> {
			Status newStatus = (status != null) ? status
					: (progress != null && progress == 100) ? Status.ACHIEVED : c.status();
			int newProgress = (progress != null) ? progress : (newStatus == Status.ACHIEVED) ? 100 : c.progress();
			checkConsistent(newStatus, newProgress, c.id());
			List<String> links = new ArrayList<>(c.evidence());
			if (evidence != null && !links.contains(evidence)) {
				links.add(evidence);
			}
			return CommitmentCopies.progressed(c, newStatus, newProgress, links);
		}, "updated", call.caller(), note);
		return Reply.text("Updated **" + after.id() + "**: " + after.status().id() + ", " + after.progress() + " %"
				+ ((note == null) ? "" : ", note saved") + ". `/commit show " + after.id() + "` has its history.");
	}

	Reply reaffirm(CommandCall call) {
		Commitment before = find(call.options().requiredText("id"));
		if (!before.awaitingReaffirmation()) {
			throw new UserError(before.id() + " is not awaiting re-affirmation.",
					"`/commit list reaffirm` shows the ones that are.");
		}
		String note = call.options().text("note").map(UpdatingCommitments::note).orElse(null);
		ledger.change(before,
				(c) -> CommitmentCopies.contact(CommitmentCopies.reaffirmation(c, false), call.caller().personId()),
				"reaffirmed", call.caller(), note);
		return Reply.text("Re-affirmed **" + before.id() + "** — you are now its contact. Thank you.");
	}

	Commitment find(String id) {
		String normalised = id.strip().toUpperCase(Locale.ROOT);
		return ledger.byId(normalised)
			.orElseThrow(() -> new UserError("There is no commitment " + id.strip() + ".",
					"Ids look like C-17; `/commit list` shows yours."));
	}

	/**
	 * Status and progress must tell the same story: an achieved commitment is at 100 %,
	 * one at 100 % is achieved rather than dropped, at risk or planned.
	 */
	private static void checkConsistent(Status status, int progress, @Nullable String id) {
		if (status == Status.ACHIEVED && progress < 100) {
			throw new UserError("An achieved commitment is at 100 %, not " + progress + " %.",
					"Give `status:achieved progress:100`, or keep it `status:in-progress` at " + progress + " %.");
		}
		if (progress == 100 && status != Status.ACHIEVED) {
			throw new UserError("A commitment at 100 % is achieved, not " + status.id() + ".",
					"Give `/commit update " + id + " status:achieved progress:100`, or a progress below 100.");
		}
	}

	private static int percent(long value) {
		if (value < 0 || value > 100) {
			throw new UserError("`progress` must be between 0 and 100; got " + value + ".",
					"For example `/commit update C-17 progress:40`.");
		}
		return (int) value;
	}

	private static String note(String text) {
		if (text.length() > CommitmentInput.MAX_TEXT) {
			throw new UserError(
					"`note` is " + text.length() + " characters; keep it under " + CommitmentInput.MAX_TEXT + ".");
		}
		return text;
	}

	static <T> T checked(Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (FieldProblem problem) {
			throw new UserError(problem.sentence());
		}
	}

}
