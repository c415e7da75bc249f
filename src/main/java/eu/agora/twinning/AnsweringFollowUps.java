package eu.agora.twinning;

import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.CityDirectory;

/**
 * The answers to "did you meet?" — the buttons, or {@code /twin answer <pair> <answer>}:
 * Yes moves an introduced pair to met, Not yet waits for the next follow-up, We won't
 * stops the pair. Any answer resets the count of unanswered follow-ups and lifts a pause;
 * who answered is kept with the follow-up.
 */
@Component
class AnsweringFollowUps {

	private final Pairs pairs;

	private final FollowUps followUps;

	private final PairHistory history;

	private final CityDirectory cities;

	private final Clock clock;

	AnsweringFollowUps(Pairs pairs, FollowUps followUps, PairHistory history, CityDirectory cities, Clock clock) {
		this.pairs = pairs;
		this.followUps = followUps;
		this.history = history;
		this.cities = cities;
		this.clock = clock;
	}

	/** The pair a button's value ({@code T-7 yes}) or the command names. */
	Pair pair(CommandCall call) {
		return pairs.named(call.options().text("pair").orElseGet(() -> part(call, 0)));
	}

	Reply fromButton(CommandCall call) {
		return answer(call, pair(call), part(call, 1));
	}

	Reply fromCommand(CommandCall call) {
		return answer(call, pair(call), call.options().requiredText("answer"));
	}

	private Reply answer(CommandCall call, Pair pair, String typed) {
		String answer = typed.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s_']+", "-");
		if (pair.pairStatus().isFinal()) {
			throw new UserError(pair.id() + " is " + pair.pairStatus().label() + ": there is nothing to follow up.",
					"Move it with `/twin status " + pair.id() + " <status>` if that changed.");
		}
		String who = call.caller().displayName();
		String label = pair.label(cities::nameOf);
		String text = switch (answer) {
			case "yes", "y", "met" -> {
				Pair now = (pair.pairStatus() == PairStatus.INTRODUCED)
						? history.move(pair, PairStatus.MET, "answered the follow-up: yes", call.caller().personId())
						: pairs.change(pair, (p) -> p.answered(p.nextFollowUpAt()));
				yield "Great — " + label + " met (" + who + " answered). Tell me how it goes with `/twin status "
						+ now.id() + " exchanging`.";
			}
			case "not-yet", "no", "notyet" -> {
				pairs.change(pair, (p) -> p.answered(p.nextFollowUpAt()));
				yield "Noted: " + label + " has not met yet (" + who + " answered). I will ask again later.";
			}
			case "wont", "we-wont", "won-t", "we-won-t", "stop" -> {
				history.move(pair, PairStatus.STOPPED, "answered the follow-up: we won't", call.caller().personId());
				yield "Understood: " + label + " is stopped (" + who + " answered). No more follow-ups.";
			}
			default -> throw new UserError("`" + typed + "` is not an answer to \"did you meet?\".",
					"Answer `yes`, `not-yet` or `wont`, e.g. `/twin answer " + pair.id() + " yes`.");
		};
		followUps.latestOf(pair.id())
			.ifPresent((latest) -> followUps.answer(latest.id(), answer, call.caller().personId(), clock.instant()));
		return Reply.text(text).visibleTo(Visibility.CHANNEL);
	}

	private static String part(CommandCall call, int index) {
		String[] parts = call.options().text("value").orElse("").strip().split("\\s+");
		if (parts.length != 2) {
			throw new UserError("That button carries no answer.", "Type `/twin answer <pair> yes|not-yet|wont`.");
		}
		return parts[index];
	}

}
