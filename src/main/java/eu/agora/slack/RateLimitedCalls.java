package eu.agora.slack;

import java.io.IOException;
import java.time.Duration;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;

/**
 * Runs a Slack Web API call, waiting out 429 answers for as long as their
 * {@code Retry-After} header says (at most {@value #MAX_ATTEMPTS} attempts), and turns a
 * response with {@code ok: false} into a {@link SlackCallException}.
 */
final class RateLimitedCalls {

	static final int MAX_ATTEMPTS = 4;

	private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

	private RateLimitedCalls() {
	}

	@FunctionalInterface
	interface Call<T extends SlackApiTextResponse> {

		T run() throws IOException, SlackApiException;

	}

	static <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
		for (int attempt = 1;; attempt++) {
			try {
				T response = call.run();
				if (!response.isOk()) {
					throw new SlackCallException(method + " failed: " + response.getError());
				}
				return response;
			}
			catch (SlackApiException failure) {
				if (failure.getResponse().code() != 429 || attempt == MAX_ATTEMPTS) {
					throw new SlackCallException(method + " failed with HTTP " + failure.getResponse().code(), failure);
				}
				pause(retryAfter(failure.getResponse().header("Retry-After")));
			}
			catch (IOException failure) {
				throw new SlackCallException(method + " failed: " + failure.getMessage(), failure);
			}
		}
	}

	static Duration retryAfter(String header) {
		try {
			Duration wait = Duration.ofSeconds(Long.parseLong(header.trim()));
			return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
		}
		catch (RuntimeException unparsable) {
			return Duration.ofSeconds(1);
		}
	}

	static void pause(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new SlackCallException("Interrupted while waiting out Slack's rate limit", interrupted);
		}
	}

	/** A Slack call that did not succeed. */
	static class SlackCallException extends RuntimeException {

		SlackCallException(String message) {
			super(message);
		}

		SlackCallException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
