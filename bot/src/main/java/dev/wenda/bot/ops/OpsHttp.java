package dev.wenda.bot.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The little HTTP/1.1 the ops endpoint speaks: read one request head (request line and headers,
 * at most {@link #MAX_HEAD} bytes, within a deadline), write one response and close. The endpoint
 * is probed by kubelets and scraped by Prometheus; neither needs keep-alive or request bodies, and
 * a hand-sized reader is what lets a slow client be cut off after a deadline (the JDK's server has
 * no per-server read timeout).
 */
final class OpsHttp {
    /** The largest request head read; a longer one is answered 431. */
    static final int MAX_HEAD = 8 * 1024;

    private OpsHttp() {}

    /** A request's method and path (without the query). */
    record Request(String method, String path) {}

    /** A response: the status, its content type and body; {@code allow} set for 405. */
    record Response(int status, String type, String body) {
        static Response empty(int status) {
            return new Response(status, "text/plain; charset=utf-8", "");
        }
    }

    /** Why a request head could not be read; answered with {@code status}, or 0 for "just close". */
    static final class BadRequest extends IOException {
        final int status;

        BadRequest(int status, String why) {
            super(why);
            this.status = status;
        }
    }

    /**
     * Reads the request head from {@code socket}: each read waits at most {@code readTimeout}, the
     * whole head must arrive within {@code deadline}.
     *
     * @return the request, or empty when the client closed before sending anything
     */
    static Optional<Request> read(Socket socket, Duration readTimeout, Duration deadline) throws IOException {
        long end = System.nanoTime() + deadline.toNanos();
        InputStream in = socket.getInputStream();
        byte[] head = new byte[MAX_HEAD];
        int length = 0;
        int scanned = 0;
        while (!endsHead(head, scanned, length)) {
            scanned = Math.max(0, length - 3);
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new BadRequest(408, "request head not complete within " + deadline.toMillis() + " ms");
            }
            if (length == MAX_HEAD) {
                throw new BadRequest(431, "request head over " + MAX_HEAD + " bytes");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(readTimeout.toMillis(), left / 1_000_000)));
            int read;
            try {
                read = in.read(head, length, MAX_HEAD - length);
            } catch (SocketTimeoutException e) {
                throw new BadRequest(408, "no byte within " + readTimeout.toMillis() + " ms");
            }
            if (read < 0) {
                if (length == 0) {
                    return Optional.empty();
                }
                throw new BadRequest(0, "closed mid-request");
            }
            length += read;
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        String line = text.substring(0, text.indexOf("\r\n"));
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new BadRequest(400, "malformed request line");
        }
        String target = parts[1];
        int query = target.indexOf('?');
        return Optional.of(new Request(parts[0], query < 0 ? target : target.substring(0, query)));
    }

    private static boolean endsHead(byte[] head, int from, int length) {
        for (int i = from; i + 3 < length; i++) {
            if (head[i] == '\r' && head[i + 1] == '\n' && head[i + 2] == '\r' && head[i + 3] == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Writes {@code response} (headers only for HEAD) and flushes; the caller closes. */
    static void write(Socket socket, Response response, boolean head, String allow) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder()
                .append("HTTP/1.1 ")
                .append(response.status())
                .append(' ')
                .append(reason(response.status()))
                .append("\r\nContent-Type: ")
                .append(response.type())
                .append("\r\nCache-Control: no-store\r\nContent-Length: ")
                .append(body.length)
                .append("\r\nConnection: close\r\n");
        if (allow != null) {
            text.append("Allow: ").append(allow).append("\r\n");
        }
        text.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head) {
            out.write(body);
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
