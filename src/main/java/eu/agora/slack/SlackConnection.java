package eu.agora.slack;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * What the adapter knows about its link to Slack, for the health indicator.
 */
class SlackConnection {

	/** The link's state. */
	enum State {

		/** HTTP mode: the bot token passed {@code auth.test}; Slack calls in. */
		TOKEN_VALID,
		/** Socket Mode: connecting or reconnecting. */
		CONNECTING,
		/** Socket Mode: the WebSocket is open and Slack said hello. */
		CONNECTED,
		/** Socket Mode: the WebSocket closed. */
		DISCONNECTED

	}

	private final SlackProperties.Mode mode;

	private final @Nullable String team;

	private final @Nullable String botUser;

	private final AtomicReference<State> state;

	private final AtomicReference<Instant> since = new AtomicReference<>(Instant.now());

	SlackConnection(SlackProperties.Mode mode, @Nullable String team, @Nullable String botUser) {
		this.mode = mode;
		this.team = team;
		this.botUser = botUser;
		this.state = new AtomicReference<>((mode == SlackProperties.Mode.HTTP) ? State.TOKEN_VALID : State.CONNECTING);
	}

	void changeTo(State newState) {
		if (state.getAndSet(newState) != newState) {
			since.set(Instant.now());
		}
	}

	State state() {
		// created with a state, and only ever set to one
		return Objects.requireNonNull(state.get());
	}

	boolean isUp() {
		return state.get() == State.TOKEN_VALID || state.get() == State.CONNECTED;
	}

	SlackProperties.Mode mode() {
		return mode;
	}

	@Nullable String team() {
		return team;
	}

	@Nullable String botUser() {
		return botUser;
	}

	Instant since() {
		// created with a time, and only ever set to one
		return Objects.requireNonNull(since.get());
	}

}
