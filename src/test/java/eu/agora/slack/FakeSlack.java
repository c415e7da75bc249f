package eu.agora.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Slack's Web API and response URLs that records every call.
 * {@code auth.test} succeeds unless the token is {@code xoxb-rejected}. It also serves
 * files the way Slack serves {@code url_private}: a redirect to the file's origin, which
 * gives the bytes only with {@code Authorization: Bearer xoxb-test} and otherwise Slack's
 * HTML login page.
 */
final class FakeSlack implements AutoCloseable {

	static final String BOT_TOKEN = "xoxb-test";

	private static final String LOGIN_PAGE = "<!DOCTYPE html><html><body>Sign in to Slack</body></html>";

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private volatile String socketModeUrl = "ws://127.0.0.1:1/";

	private final Map<String, ServedFile> files = new ConcurrentHashMap<>();

	private final AtomicInteger fileIds = new AtomicInteger();

	private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();

	private final Map<String, String> userGroups = new ConcurrentHashMap<>();

	private final Map<String, String> userNames = new ConcurrentHashMap<>();

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

	/** Serves {@code content} to the bot token; returns its {@code url_private}. */
	String file(String name, byte[] content, String contentType) {
		return serve(name, new ServedFile(content, contentType, false));
	}

	/**
	 * A file whose {@code url_private} answers with the login page even with the token,
	 * as Slack does when the app lacks the {@code files:read} scope.
	 */
	String fileWithoutScope(String name) {
		return serve(name, new ServedFile(new byte[0], "application/pdf", true));
	}

	private String serve(String name, ServedFile file) {
		String path = "/T1-F" + fileIds.incrementAndGet() + "/" + name;
		files.put(path, file);
		return base() + "/files-pri" + path;
	}

	/** The bytes posted to the upload URL of file {@code fileId} (files upload v2). */
	byte[] uploaded(String fileId) {
		byte[] bytes = uploads.get(fileId);
		if (bytes == null) {
			throw new AssertionError("Nothing was uploaded as " + fileId + "; uploads: " + uploads.keySet());
		}
		return bytes;
	}

	/** A user group {@code usergroups.list} lists, with its members. */
	void userGroup(String id, String handle, String... users) {
		String members = String.join("\",\"", users);
		userGroups.put(id, "{\"id\":\"" + id + "\",\"handle\":\"" + handle + "\",\"users\":[\"" + members + "\"]}");
	}

	/** A user {@code users.info} describes with this display name. */
	void user(String id, String displayName) {
		userNames.put(id, displayName);
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
		byte[] bytes;
		try (InputStream in = exchange.getRequestBody()) {
			bytes = in.readAllBytes();
		}
		String path = exchange.getRequestURI().getPath();
		if (path.startsWith("/upload/")) {
			uploads.put(path.substring("/upload/".length()), bytes);
			calls.add(new Call(path, "", Map.of()));
			byte[] ok = ("OK - " + bytes.length).getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, ok.length);
			exchange.getResponseBody().write(ok);
			exchange.close();
			return;
		}
		String body = new String(bytes, StandardCharsets.UTF_8);
		Map<String, String> params = form(body);
		String auth = exchange.getRequestHeaders().getFirst("Authorization");
		if (auth != null && !params.containsKey("token")) {
			params.put("token", auth.replaceFirst("^Bearer ", ""));
		}
		calls.add(new Call(path, body, params));
		if (path.startsWith("/files-")) {
			serveFile(exchange, path, auth);
			return;
		}
		byte[] answer = answer(path, params).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	private void serveFile(HttpExchange exchange, String path, String auth) throws IOException {
		if (path.startsWith("/files-pri/")) {
			exchange.getResponseHeaders().add("Location", path.replaceFirst("^/files-pri/", "/files-origin/"));
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
			return;
		}
		ServedFile file = files.get(path.replaceFirst("^/files-origin", ""));
		boolean given = file != null && !file.loginPage() && ("Bearer " + BOT_TOKEN).equals(auth);
		byte[] content = given ? file.content() : LOGIN_PAGE.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", given ? file.contentType() : "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(content);
		}
		catch (IOException ex) {
			// Agora stopped reading: the file was larger than it takes
		}
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
			case "files.getUploadURLExternal" -> {
				String id = "F" + fileIds.incrementAndGet();
				yield "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/" + id + "\",\"file_id\":\"" + id + "\"}";
			}
			case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[{\"id\":\"F1\",\"title\":\"upload\"}]}";
			case "files.info" -> "{\"ok\":true,\"file\":{\"id\":\"F1\"}}";
			case "usergroups.list" -> "{\"ok\":true,\"usergroups\":[" + String.join(",", userGroups.values()) + "]}";
			case "users.info" -> userNames.containsKey(params.get("user"))
					? "{\"ok\":true,\"user\":{\"id\":\"" + params.get("user") + "\",\"profile\":{\"display_name\":\""
							+ userNames.get(params.get("user")) + "\"}}}"
					: "{\"ok\":false,\"error\":\"user_not_found\"}";
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

	/**
	 * A file the fake serves; a login page stands in for it when Slack would not give it.
	 */
	private record ServedFile(byte[] content, String contentType, boolean loginPage) {
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
