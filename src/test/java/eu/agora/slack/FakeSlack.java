package eu.agora.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Slack's Web API and response URLs that records every call.
 * {@code auth.test} succeeds unless the token is {@code xoxb-rejected}.
 */
final class FakeSlack implements AutoCloseable {

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private volatile String socketModeUrl = "ws://127.0.0.1:1/";

	FakeSlack() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		server.createContext("/", this::handle);
		server.start();
	}

	String apiUrl() {
		return base() + "/api/";
	}

	String responseUrl(String name) {
		return base() + "/response/" + name;
	}

	private String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	void socketModeUrl(String url) {
		this.socketModeUrl = url;
	}

	List<Call> calls() {
		return List.copyOf(calls);
	}

	List<Call> calls(Predicate<Call> which) {
		return calls.stream().filter(which).toList();
	}

	/** Waits up to 10 s for a call matching {@code which}. */
	Call await(Predicate<Call> which) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			for (Call call : calls) {
				if (which.test(call)) {
					return call;
				}
			}
			sleep(20);
		}
		throw new AssertionError("No matching call to the fake Slack; calls were: " + calls);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String path = exchange.getRequestURI().getPath();
		Map<String, String> params = form(body);
		String auth = exchange.getRequestHeaders().getFirst("Authorization");
		if (auth != null && !params.containsKey("token")) {
			params.put("token", auth.replaceFirst("^Bearer ", ""));
		}
		calls.add(new Call(path, body, params));
		byte[] answer = answer(path, params).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	private String answer(String path, Map<String, String> params) {
		String method = path.substring(path.lastIndexOf('/') + 1);
		return switch (method) {
			case "auth.test" -> "xoxb-rejected".equals(params.get("token"))
					? "{\"ok\":false,\"error\":\"invalid_auth\"}"
					: "{\"ok\":true,\"user_id\":\"UBOT\",\"user\":\"agora\",\"team\":\"Test Team\",\"team_id\":\"T1\","
							+ "\"bot_id\":\"B1\",\"url\":\"https://test.slack.com/\"}";
			case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}";
			case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000000.000200\"}";
			case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D-" + params.get("users") + "\"}}";
			case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}";
			default -> "{\"ok\":true}";
		};
	}

	private static Map<String, String> form(String body) {
		Map<String, String> params = new LinkedHashMap<>();
		if (body.startsWith("{")) {
			return params;
		}
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return params;
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** One recorded request: path, raw body and form parameters. */
	record Call(String path, String body, Map<String, String> params) {

		boolean is(String method) {
			return path.endsWith("/" + method);
		}

		/** The JSON or form text of the call, for assertions on content. */
		String content() {
			return body.startsWith("{") ? body : params.toString();
		}

	}

}
