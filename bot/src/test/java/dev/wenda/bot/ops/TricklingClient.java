package dev.wenda.bot.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A client sending a request one byte at a time, never silent long enough to be idle. */
public final class TricklingClient {
    /**
     * What happened to the connection.
     *
     * @param answer what the server sent before closing ("" when nothing)
     * @param sent how many bytes went out before the server closed
     * @param closedAfter how long after the first byte the server closed
     * @param closed whether the server closed before the whole request was sent
     */
    public record Outcome(String answer, int sent, Duration closedAfter, boolean closed) {}

    private TricklingClient() {}

    /** Sends {@code request} to {@code port} on loopback one byte every {@code every}. */
    public static Outcome send(int port, String request, Duration every) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return trickle(socket, request.getBytes(StandardCharsets.ISO_8859_1), every);
        }
    }

    /**
     * Sends {@code head} to {@code port} on loopback at once, then {@code body} one byte every
     * {@code every}; {@code closedAfter} counts from the first byte of the body.
     */
    public static Outcome sendBodySlowly(int port, String head, String body, Duration every) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return trickle(socket, body.getBytes(StandardCharsets.ISO_8859_1), every);
        }
    }

    private static Outcome trickle(Socket socket, byte[] bytes, Duration every) throws IOException {
        socket.setSoTimeout((int) every.toMillis());
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int sent = 0;
        while (sent < bytes.length) {
            try {
                out.write(bytes[sent]);
                out.flush();
                sent++;
            } catch (SocketException closedWhileWriting) {
                return new Outcome(answer.toString(StandardCharsets.ISO_8859_1), sent, since(start), true);
            }
            try {
                for (int n; (n = in.read()) >= 0; ) {
                    answer.write(n);
                }
                return new Outcome(answer.toString(StandardCharsets.ISO_8859_1), sent, since(start), true);
            } catch (SocketTimeoutException stillOpen) {
                // the next byte follows
            } catch (SocketException reset) {
                return new Outcome(answer.toString(StandardCharsets.ISO_8859_1), sent, since(start), true);
            }
        }
        return new Outcome(answer.toString(StandardCharsets.ISO_8859_1), sent, since(start), false);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
