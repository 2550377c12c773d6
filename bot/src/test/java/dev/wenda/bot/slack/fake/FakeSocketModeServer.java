package dev.wenda.bot.slack.fake;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Socket Mode endpoint on 127.0.0.1 (Java-WebSocket): greets each client with {@code hello},
 * sends envelopes the test builds, and records what the client sends back (the acks).
 */
public final class FakeSocketModeServer implements AutoCloseable {
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private final List<String> received = new ArrayList<>();
    private final Server server = new Server();

    public FakeSocketModeServer() throws InterruptedException {
        server.setReuseAddr(true);
        server.start();
        if (!started.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake Socket Mode server did not start");
        }
    }

    /** What {@code apps.connections.open} should return. */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=fake-ticket&app_id=A0APP";
    }

    public void awaitConnected(Duration timeout) throws InterruptedException {
        if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the Socket Mode client did not connect");
        }
    }

    public void send(String envelopeJson) {
        server.broadcast(envelopeJson);
    }

    /** Waits for the message the client sent containing {@code "envelope_id":"<id>"} (its ack). */
    public synchronized String awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
        String needle = "\"envelope_id\":\"" + envelopeId + "\"";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String message : received) {
                if (message.contains(needle)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no ack for " + envelopeId + "; received " + received);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private synchronized void record(String message) {
        received.add(message);
        notifyAll();
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Server extends WebSocketServer {
        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("""
                    {"type":"hello","num_connections":1,"debug_info":{"host":"fake-socket-mode","build_number":1,\
                    "approximate_connection_time":18060},"connection_info":{"app_id":"A0APP"}}""");
            connected.countDown();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

        @Override
        public void onMessage(WebSocket conn, String message) {
            record(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {}

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
