package eu.agora.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends requests to an Agora Slack endpoint signed the way Slack signs them.
 */
final class SignedRequests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI endpoint;

	private final String secret;

	SignedRequests(URI endpoint, String secret) {
		this.endpoint = endpoint;
		this.secret = secret;
	}

	static String signature(String secret, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
			return "v0=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException failure) {
			throw new IllegalStateException(failure);
		}
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * A slash command from user {@code U1} in channel {@code C1}, answered at
	 * {@code responseUrl}.
	 */
	static String slashCommand(String command, String text, String responseUrl, String triggerId) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("token", "ignored");
		fields.put("team_id", "T1");
		fields.put("channel_id", "C1");
		fields.put("user_id", "U1");
		fields.put("user_name", "ola");
		fields.put("command", command);
		fields.put("text", text);
		fields.put("response_url", responseUrl);
		fields.put("trigger_id", triggerId);
		return form(fields);
	}

	static String interactive(String payloadJson) {
		return "payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8);
	}

	HttpResponse<String> post(String body, String contentType) {
		long now = Instant.now().getEpochSecond();
		return send(body, contentType, now, signature(secret, now, body), Map.of());
	}

	HttpResponse<String> send(String body, String contentType, long timestamp, String signature,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", contentType)
			.header("X-Slack-Request-Timestamp", Long.toString(timestamp))
			.header("X-Slack-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	static final String FORM = "application/x-www-form-urlencoded";

	static final String JSON = "application/json";

}
