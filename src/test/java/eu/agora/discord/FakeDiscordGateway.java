package eu.agora.discord;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local Discord gateway that speaks just enough of the protocol for JDA: HELLO (op 10)
 * on connect, READY and GUILD_CREATE after IDENTIFY (op 2), heartbeat ACKs (op 11), and
 * dispatches of whatever the test sends, such as INTERACTION_CREATE.
 */
final class FakeDiscordGateway extends WebSocketServer {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<WebSocket> sessions = new CopyOnWriteArrayList<>();

	private final List<String> identifiedWith = new CopyOnWriteArrayList<>();

	private final AtomicInteger sequence = new AtomicInteger();

	private final List<WebSocket> identified = new CopyOnWriteArrayList<>();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private volatile long lastClosedAt;

	FakeDiscordGateway() {
		super(new InetSocketAddress("127.0.0.1", 0));
		setReuseAddr(true);
	}

	String url() {
		return "ws://127.0.0.1:" + getPort() + "/";
	}

	List<String> identifiedWith() {
		return identifiedWith;
	}

	/** Sessions that identified with the right token and are still open. */
	int identifiedSessions() {
		return identified.size();
	}

	/** When ({@link System#nanoTime()}) an identified session last closed. */
	long lastClosedAt() {
		return lastClosedAt;
	}

	/** The most identified sessions that were ever open at the same time. */
	int mostIdentifiedAtOnce() {
		return mostAtOnce.get();
	}

	/** Sends a dispatch (op 0) of event {@code type} to every connected session. */
	void dispatch(String type, Object data) {
		sessions.forEach((session) -> send(session, type, data));
	}

	private void send(WebSocket session, String type, Object data) {
		session.send(JSON.writeValueAsString(Map.of("op", 0, "t", type, "s", sequence.incrementAndGet(), "d", data)));
	}

	@Override
	public void onOpen(WebSocket session, ClientHandshake handshake) {
		sessions.add(session);
		session.send(JSON.writeValueAsString(Map.of("op", 10, "d", Map.of("heartbeat_interval", 41250))));
	}

	@Override
	public void onMessage(WebSocket session, String message) {
		JsonNode frame = JSON.readTree(message);
		switch (frame.get("op").asInt()) {
			case 1 -> session.send("{\"op\":11}");
			case 2 -> identify(session, frame.get("d"));
			default -> {
			}
		}
	}

	private void identify(WebSocket session, JsonNode identify) {
		String token = identify.get("token").asString();
		identifiedWith.add(token);
		if (!token.equals(FakeDiscordRest.TOKEN)) {
			session.close(4004, "Authentication failed.");
			return;
		}
		identified.add(session);
		mostAtOnce.accumulateAndGet(identified.size(), Math::max);
		send(session, "READY", Discord.ready());
		send(session, "GUILD_CREATE", Discord.guild());
	}

	@Override
	public void onClose(WebSocket session, int code, String reason, boolean remote) {
		sessions.remove(session);
		if (identified.remove(session)) {
			lastClosedAt = System.nanoTime();
		}
	}

	@Override
	public void onError(WebSocket session, Exception ex) {
		throw new IllegalStateException("fake gateway failed", ex);
	}

	@Override
	public void onStart() {
		// nothing to prepare
	}

}
