package eu.agora.slack;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of Bolt in HTTP mode and lets only fresh, signed, well-formed requests
 * through: a body over the size limit gets 413; a timestamp more than {@link #WINDOW}
 * from now (either way), a wrong signature or a signature already accepted (a replay,
 * across instances through {@link SeenSignatures}) gets 401; a signed body without the
 * shape its listener needs gets 400. Each refusal is one WARN line with the reason and
 * never the body.
 */
class SlackRequestGuard extends OncePerRequestFilter {

	static final Duration WINDOW = Duration.ofMinutes(5);

	private static final String REPLAY = "a replay of a request already accepted";

	private static final Logger log = LoggerFactory.getLogger(SlackRequestGuard.class);

	private final byte[] secret;

	private final long maxBody;

	private final SeenSignatures seen;

	private final Clock clock;

	SlackRequestGuard(String signingSecret, long maxBody, SeenSignatures seen, Clock clock) {
		this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
		this.maxBody = maxBody;
		this.seen = seen;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBody) {
			refuse(response, 413,
					"a body of " + request.getContentLengthLong() + " bytes, over the limit of " + maxBody);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
		if (body.length > maxBody) {
			refuse(response, 413, "a body over the limit of " + maxBody + " bytes");
			return;
		}
		Optional<String> refusal = unsigned(request, body);
		if (refusal.equals(Optional.of(REPLAY)) && request.getHeader("X-Slack-Retry-Num") != null) {
			// Slack's own retry of a request it already delivered: acknowledged, not
			// handled
			// again (an attacker adding the header gains nothing either)
			log.warn("Slack request not handled again: {}", REPLAY);
			response.setStatus(200);
			return;
		}
		if (refusal.isPresent()) {
			refuse(response, 401, refusal.get());
			return;
		}
		Optional<String> text = SlackBodies.decode(body);
		Optional<String> malformed = text.isEmpty() ? Optional.of("a body that is not valid UTF-8")
				: SlackBodies.problem(text.get(), request.getContentType());
		if (malformed.isPresent()) {
			refuse(response, 400, malformed.get());
			return;
		}
		chain.doFilter(new CachedBody(request, body, text.get()), response);
	}

	/** Why the request is not a fresh one signed with the secret; empty when it is. */
	private Optional<String> unsigned(HttpServletRequest request, byte[] body) {
		String timestamp = request.getHeader("X-Slack-Request-Timestamp");
		String signature = request.getHeader("X-Slack-Signature");
		if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
			return Optional.of("no valid X-Slack-Request-Timestamp or X-Slack-Signature");
		}
		Instant now = clock.instant();
		Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
		if (Duration.between(sent, now).abs().compareTo(WINDOW) > 0) {
			return Optional.of("a timestamp " + Duration.between(sent, now).toSeconds() + " s from now, beyond "
					+ WINDOW.toMinutes() + " minutes");
		}
		if (!MessageDigest.isEqual(expected(timestamp, body), signature.getBytes(StandardCharsets.UTF_8))) {
			return Optional.of("a wrong signature");
		}
		if (!seen.claim(signature, now, sent.plus(WINDOW).plus(Duration.ofMinutes(1)))) {
			return Optional.of(REPLAY);
		}
		return Optional.empty();
	}

	private byte[] expected(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			return ("v0=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException failure) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", failure);
		}
	}

	private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
		log.warn("Slack request refused with {}: {}", status, reason);
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write(switch (status) {
			case 413 -> "Request body too large";
			case 400 -> "Malformed request";
			default -> "Invalid request signature or timestamp";
		});
	}

	/** The request with its body already read, for Bolt to read again. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		private final String text;

		CachedBody(HttpServletRequest request, byte[] body, String text) {
			super(request);
			this.body = body;
			this.text = text;
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new StringReader(text));
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public boolean isFinished() {
					return false;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(@Nullable ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

	}

}
