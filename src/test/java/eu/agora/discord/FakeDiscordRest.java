package eu.agora.discord;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local Discord REST API that records every request and answers what JDA needs: the bot
 * user, command registrations, interaction callbacks (204) and webhook messages. It also
 * stands in for Discord's CDN: {@link #attachment} serves bytes under {@code /cdn/},
 * without authorisation as the CDN does.
 */
final class FakeDiscordRest {

	static final String TOKEN = "test-token";

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Set<Request> consumed = Collections
		.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

	private final Map<String, byte[]> cdn = new ConcurrentHashMap<>();

	FakeDiscordRest() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
	}

	/** Serves {@code content} as an attachment; returns its CDN URL. */
	String attachment(String fileName, byte[] content) {
		String path = "/cdn/attachments/" + Discord.CHANNEL + "/" + Discord.snowflake() + "/" + fileName;
		cdn.put(path, content);
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	void stop() {
		server.stop(0);
	}

	List<Request> requests() {
		return List.copyOf(requests);
	}

	/** Waits for a request matching {@code filter} that no earlier call returned. */
	Request await(Predicate<Request> filter, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			for (Request request : requests) {
				if (!consumed.contains(request) && filter.test(request)) {
					consumed.add(request);
					return request;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No matching request within " + timeout + "; got " + requests);
			}
			Thread.sleep(20);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10", "");
		Request request = new Request(exchange.getRequestMethod(), path, body,
				exchange.getRequestHeaders().getFirst("Authorization"));
		requests.add(request);
		if (path.startsWith("/cdn/")) {
			serve(exchange, cdn.get(path));
			return;
		}
		if (!("Bot " + TOKEN).equals(request.authorization()) && !path.startsWith("/interactions/")
				&& !path.startsWith("/webhooks/")) {
			respond(exchange, 401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
			return;
		}
		Answer answer = answer(request);
		respond(exchange, answer.status(), answer.json());
	}

	private static Answer answer(Request request) {
		String path = request.path();
		if (path.equals("/users/@me")) {
			return Answer.ok(Discord.self());
		}
		if (path.startsWith("/users/") && request.method().equals("GET")) {
			return Answer.ok(Discord.user());
		}
		if (path.equals("/users/@me/channels")) {
			return Answer.ok(Discord.directChannel());
		}
		if (path.equals("/channels/" + Discord.DM + "/messages")) {
			return new Answer(403, "{\"message\":\"Cannot send messages to this user\",\"code\":50007}");
		}
		if (path.endsWith("/threads")) {
			return Answer.ok(Discord.thread());
		}
		if (path.endsWith("/commands")) {
			return new Answer(200, "[]");
		}
		if (path.endsWith("/callback") || path.contains("/thread-members/")) {
			return new Answer(204, null);
		}
		if (path.startsWith("/webhooks/") || path.endsWith("/messages")) {
			return Answer.ok(Discord.message());
		}
		return new Answer(200, "{}");
	}

	private static void serve(HttpExchange exchange, byte[] content) throws IOException {
		if (content == null) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
		exchange.sendResponseHeaders(200, content.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(content);
		}
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		if (status == 204) {
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
			return;
		}
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** A status and JSON body; 204 has none. */
	record Answer(int status, String json) {

		static Answer ok(Object body) {
			return new Answer(200, Discord.JSON.writeValueAsString(body));
		}

	}

	/** One recorded request. */
	record Request(String method, String path, String body, String authorization) {

		boolean is(String method, String pathPart) {
			return this.method.equals(method) && path.contains(pathPart);
		}

	}

}
