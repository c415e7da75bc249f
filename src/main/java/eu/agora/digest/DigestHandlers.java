package eu.agora.digest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.coordination.Scope;
import eu.agora.coordination.Scopes;

/**
 * {@code /digest preview|settings|pause|resume|follow|unfollow} and the "More" button.
 */
@Component
class DigestHandlers {

	private final Scopes scopes;

	private final BuildingDigests building;

	private final DigestReplies replies;

	private final Subscriptions subscriptions;

	private final Clock clock;

	DigestHandlers(Scopes scopes, BuildingDigests building, DigestReplies replies, Subscriptions subscriptions,
			Clock clock) {
		this.scopes = scopes;
		this.building = building;
		this.replies = replies;
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	Reply preview(CommandCall call) {
		Scope scope = scopeFor(call.caller(), call.options().text("scope").orElse(null));
		ZoneId zone = settings(call.caller().personId()).zoneId();
		return replies.render(building.build(scope, clock.instant(), zone), call.options().flag("more"));
	}

	Reply more(CommandCall call) {
		Scope scope = scopeFor(call.caller(), call.options().text("value").orElse(null));
		ZoneId zone = settings(call.caller().personId()).zoneId();
		return replies.render(building.build(scope, clock.instant(), zone), true);
	}

	Reply settings(CommandCall call) {
		DigestSettings now = settings(call.caller().personId());
		var options = call.options();
		if (!options.has("day") && !options.has("time") && !options.has("tz") && !options.has("empty")) {
			return describe(now, "Your digest settings");
		}
		DayOfWeek day = options.text("day").map(DigestHandlers::day).orElse(now.day());
		LocalTime time = options.text("time").map(DigestHandlers::time).orElse(now.localTime());
		ZoneId zone = options.zone("tz").orElse(now.zoneId());
		boolean sendEmpty = options.text("empty").map("send"::equalsIgnoreCase).orElse(now.sendEmpty());
		return describe(save(now.with(day, time, zone, sendEmpty)), "Saved");
	}

	Reply pause(CommandCall call) {
		save(settings(call.caller().personId()).paused(true));
		return Reply.text("Your digests are paused. `/digest resume` brings them back.");
	}

	Reply resume(CommandCall call) {
		DigestSettings saved = save(settings(call.caller().personId()).paused(false));
		return Reply.text("Your digests are back: next one " + when(saved) + ".");
	}

	Reply follow(CommandCall call) {
		Scope scope = scopes.resolve(call.options().requiredText("scope"));
		if (!scopes.mayFollow(call.caller(), scope)) {
			throw notYours(call.caller(), scope);
		}
		save(settings(call.caller().personId()).following(scope.key(), true));
		return Reply.text("You follow the digest of " + scope.label() + " (`" + scope.key() + "`); it comes with your "
				+ "others, " + when(settings(call.caller().personId())) + ".");
	}

	Reply unfollow(CommandCall call) {
		Scope scope = scopes.resolve(call.options().requiredText("scope"));
		DigestSettings now = settings(call.caller().personId());
		if (!now.follows().contains(scope.key())) {
			throw new UserError("You do not follow " + scope.label() + ".",
					"`/digest settings` shows what you follow.");
		}
		save(now.following(scope.key(), false));
		return Reply.text("You no longer follow " + scope.label() + ".");
	}

	private Scope scopeFor(Caller caller, @Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			List<Scope> mine = scopes.coordinatedBy(caller);
			if (!mine.isEmpty()) {
				return mine.get(0);
			}
			if (caller.isAdmin()) {
				return Scope.EU;
			}
			throw new UserError("You coordinate no scope yet.",
					"An admin grants one with `/agora role <you> coordinator scope:country:PL`.");
		}
		Scope scope = scopes.resolve(typed);
		if (!scopes.mayFollow(caller, scope)) {
			throw notYours(caller, scope);
		}
		return scope;
	}

	private UserError notYours(Caller caller, Scope scope) {
		String mine = String.join(", ", scopes.coordinatedBy(caller).stream().map(Scope::key).toList());
		return new UserError(scope.label() + " is not within your scope" + (mine.isEmpty() ? "." : " (" + mine + ")."),
				"Preview a scope you coordinate, or a panel or cluster: e.g. `/digest preview scope:"
						+ (mine.isEmpty() ? "cluster:<name>" : mine.split(", ")[0]) + "`.");
	}

	private DigestSettings settings(String personId) {
		return subscriptions.of(personId).orElse(DigestSettings.defaults(personId));
	}

	private DigestSettings save(DigestSettings changed) {
		if (!subscriptions.save(changed)) {
			throw new UserError("Your settings were changed elsewhere just now; nothing was saved.",
					"Look at them with `/digest settings` and retry.");
		}
		return settings(changed.personId());
	}

	private static Reply describe(DigestSettings s, String title) {
		List<Element.Field> fields = List.of(new Element.Field("When", when(s)),
				new Element.Field("Empty weeks", s.sendEmpty() ? "sent" : "skipped"),
				new Element.Field("Paused", s.paused() ? "yes (`/digest resume`)" : "no"),
				new Element.Field("Also following", String.join(", ", s.follows())));
		return Reply.of(new Element.Section(title,
				"Change with `/digest settings day:<day> time:<HH:MM> " + "tz:<zone> empty:skip|send`.", fields));
	}

	private static String when(DigestSettings s) {
		return s.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s at " + s.time() + " (" + s.zone() + ")";
	}

	static DayOfWeek day(String typed) {
		String text = typed.strip().toLowerCase(Locale.ROOT);
		Optional<DayOfWeek> day = text.length() < 2 ? Optional.empty()
				: Arrays.stream(DayOfWeek.values())
					.filter((d) -> d.name().toLowerCase(Locale.ROOT).startsWith(text))
					.findFirst();
		return day.orElseThrow(() -> new UserError("`" + typed + "` is not a day of the week.",
				"Use a day such as `day:monday` (or `mon`)."));
	}

	static LocalTime time(String typed) {
		String text = typed.strip();
		if (text.matches("\\d{1,2}")) {
			text = text + ":00";
		}
		if (text.matches("\\d:\\d{2}")) {
			text = "0" + text;
		}
		try {
			return LocalTime.parse(text);
		}
		catch (RuntimeException unreadable) {
			throw new UserError("`" + typed + "` is not a time of day.", "Use 24-hour `HH:MM`, e.g. `time:08:00`.");
		}
	}

}
