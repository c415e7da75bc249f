package eu.agora.slack;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Socket Mode endpoint: says {@code hello} to each connection, sends envelopes on
 * request and records what the client sends back (acks).
 */
final class FakeSocketMode extends WebSocketServer {

	private final CountDownLatch started = new CountDownLatch(1);

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final List<WebSocket> connections = new CopyOnWriteArrayList<>();

	FakeSocketMode() {
		super(new InetSocketAddress("127.0.0.1", 0));
		setReuseAddr(true);
		start();
		try {
			started.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	String url() {
		return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
	}

	List<String> received() {
		return List.copyOf(received);
	}

	/** Sends {@code envelope} once a client is connected. */
	void send(String envelope) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (connections.isEmpty() && System.currentTimeMillis() < deadline) {
			FakeSlack.sleep(20);
		}
		connections.get(connections.size() - 1).send(envelope);
	}

	@Override
	public void onOpen(WebSocket connection, ClientHandshake handshake) {
		connections.add(connection);
		connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
				+ "\"connection_info\":{\"app_id\":\"A1\"}}");
	}

	@Override
	public void onClose(WebSocket connection, int code, String reason, boolean remote) {
		connections.remove(connection);
	}

	@Override
	public void onMessage(WebSocket connection, String message) {
		received.add(message);
	}

	@Override
	public void onError(WebSocket connection, Exception failure) {
		received.add("error: " + failure.getMessage());
	}

	@Override
	public void onStart() {
		started.countDown();
	}

}
