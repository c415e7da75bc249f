package eu.agora.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.User;
import com.slack.api.model.Usergroup;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.Inbound;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Sender;

/**
 * Who a Slack user is beyond their id: the name people see ({@code users.info}, for
 * payloads without one, such as mentions) and the user groups they belong to
 * ({@code usergroups.list} with its members, one call for the whole workspace, asked at
 * most every {@link #GROUPS_FRESH}), so that {@code agora.directory.platform-roles} can
 * map a group to an Agora role. Groups are asked only when that setting names a Slack
 * group. A failing call (a missing {@code usergroups:read} or {@code users:read} scope)
 * leaves the sender as the payload gave it and is logged once a period.
 */
class SlackPeople {

	static final Duration GROUPS_FRESH = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(SlackPeople.class);

	private final MethodsClient methods;

	private final boolean groupsWanted;

	private final Clock clock;

	private final Map<String, String> names = new ConcurrentHashMap<>();

	private volatile Map<String, Set<String>> groups = Map.of();

	private volatile Instant groupsAsked = Instant.MIN;

	SlackPeople(MethodsClient methods, boolean groupsWanted, Clock clock) {
		this.methods = methods;
		this.groupsWanted = groupsWanted;
		this.clock = clock;
	}

	/** {@code inbound} with its sender's name and groups filled in. */
	Inbound complete(Inbound inbound) {
		Sender sender = sender(inbound.sender().userId(), named(inbound.sender()));
		return new Inbound(sender, inbound.workspace(), inbound.channel(), inbound.thread(), inbound.locale(),
				inbound.input());
	}

	/**
	 * The Slack user {@code userId}, with the name given (or looked up) and their groups.
	 */
	Sender sender(String userId, @Nullable String name) {
		String shown = (name != null && !name.isBlank()) ? name : nameOf(userId);
		return new Sender(Platform.SLACK, userId, shown, groupsOf(userId));
	}

	private static @Nullable String named(Sender sender) {
		return sender.displayName().equals(sender.userId()) ? null : sender.displayName();
	}

	/** The name people see for {@code userId}; the id itself when Slack does not say. */
	String nameOf(String userId) {
		return names.computeIfAbsent(userId, this::lookUpName);
	}

	private String lookUpName(String userId) {
		try {
			User user = RateLimitedCalls.call("users.info", () -> methods.usersInfo((r) -> r.user(userId))).getUser();
			return firstName(user, userId);
		}
		catch (RateLimitedCalls.SlackCallException failure) {
			log.warn("Cannot look up the name of Slack user {}: {}", userId, failure.getMessage());
			return userId;
		}
	}

	private static String firstName(@Nullable User user, String fallback) {
		if (user == null) {
			return fallback;
		}
		User.Profile profile = user.getProfile();
		for (String name : new String[] { (profile != null) ? profile.getDisplayName() : null,
				(profile != null) ? profile.getRealName() : null, user.getRealName(), user.getName() }) {
			if (name != null && !name.isBlank()) {
				return name;
			}
		}
		return fallback;
	}

	/** The ids and handles of the user groups {@code userId} belongs to. */
	Set<String> groupsOf(String userId) {
		if (!groupsWanted) {
			return Set.of();
		}
		Instant now = clock.instant();
		if (groupsAsked.plus(GROUPS_FRESH).isBefore(now)) {
			synchronized (this) {
				if (groupsAsked.plus(GROUPS_FRESH).isBefore(now)) {
					groups = lookUpGroups();
					groupsAsked = now;
				}
			}
		}
		return groups.getOrDefault(userId, Set.of());
	}

	private Map<String, Set<String>> lookUpGroups() {
		try {
			List<Usergroup> all = RateLimitedCalls
				.call("usergroups.list", () -> methods.usergroupsList((r) -> r.includeUsers(true)))
				.getUsergroups();
			Map<String, Set<String>> byUser = new HashMap<>();
			for (Usergroup group : (all != null) ? all : List.<Usergroup>of()) {
				for (String user : (group.getUsers() != null) ? group.getUsers() : List.<String>of()) {
					Set<String> of = byUser.computeIfAbsent(user, (key) -> new HashSet<>());
					of.add(group.getId());
					if (group.getHandle() != null) {
						of.add(group.getHandle());
					}
				}
			}
			return Map.copyOf(byUser);
		}
		catch (RateLimitedCalls.SlackCallException failure) {
			log.warn("Cannot read the Slack user groups (scope usergroups:read?): {}", failure.getMessage());
			return groups;
		}
	}

}
