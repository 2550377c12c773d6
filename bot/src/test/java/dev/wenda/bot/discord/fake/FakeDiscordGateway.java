package dev.wenda.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Discord gateway on 127.0.0.1: HELLO on connect, READY and GUILD_CREATE after IDENTIFY,
 * heartbeat ACKs, and dispatches the test sends. Speaks plain JSON or zlib-stream, whichever the
 * client asked for in its handshake URL.
 */
public final class FakeDiscordGateway implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server;
    private final int port;
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<WebSocket, Deflater> zlib = new ConcurrentHashMap<>();
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);

    public FakeDiscordGateway() {
        try {
            ServerSocketChannel channel = ServerSocketChannel.open();
            channel.bind(new InetSocketAddress("127.0.0.1", 0));
            port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
            server = new Server(channel);
            server.setDaemon(true);
            server.start();
            if (!started.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake gateway did not start");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "ws://127.0.0.1:" + port + "/";
    }

    /** The IDENTIFY payloads received, in order (their {@code d} objects). */
    public List<JsonNode> identifies() {
        return List.copyOf(identifies);
    }

    /** Sends a dispatch event ({@code op 0}) to every connected client. */
    public void dispatch(String type, JsonNode data) {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("op", 0).put("s", sequence.incrementAndGet()).put("t", type).set("d", data);
        for (WebSocket socket : server.getConnections()) {
            send(socket, frame.toString());
        }
    }

    private void send(WebSocket socket, String text) {
        Deflater deflater = zlib.get(socket);
        if (deflater == null) {
            socket.send(text);
            return;
        }
        synchronized (deflater) {
            // One deflater per connection; each message ends with a sync flush (00 00 ff ff).
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            socket.send(out.toByteArray());
        }
    }

    private void onFrame(WebSocket socket, String text) {
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (frame.path("op").asInt(-1)) {
            case 1 -> send(socket, "{\"op\":11,\"s\":null,\"t\":null,\"d\":null}");
            case 2 -> {
                identifies.add(frame.path("d"));
                dispatchTo(
                        socket,
                        "READY",
                        DiscordPayloads.ready(url(), frame.path("d").path("shard")));
                dispatchTo(socket, "GUILD_CREATE", DiscordPayloads.guildCreate());
            }
            case 6 -> dispatchTo(socket, "RESUMED", JSON.createObjectNode());
            default -> {
                // presence updates, member requests: not needed
            }
        }
    }

    private void dispatchTo(WebSocket socket, String type, JsonNode data) {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("op", 0).put("s", sequence.incrementAndGet()).put("t", type).set("d", data);
        send(socket, frame.toString());
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        zlib.values().forEach(Deflater::end);
    }

    private final class Server extends WebSocketServer {
        Server(ServerSocketChannel channel) {
            super(channel);
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            if (handshake.getResourceDescriptor().contains("compress=zlib-stream")) {
                zlib.put(socket, new Deflater());
            }
            send(socket, "{\"op\":10,\"s\":null,\"t\":null,\"d\":{\"heartbeat_interval\":41250}}");
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            Deflater deflater = zlib.remove(socket);
            if (deflater != null) {
                deflater.end();
            }
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            onFrame(socket, message);
        }

        @Override
        public void onError(WebSocket socket, Exception error) {
            // a client that went away; the test notices through its own timeouts
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
