package dev.wenda.bot.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A TCP relay on loopback in front of a database server, for outage tests: {@link #cut()} breaks
 * every open connection and refuses new ones, as a stopped server does; {@link #restore()} listens
 * again on the same port, as a restarted one does. {@link #hold()} keeps every byte from crossing
 * (a partition: connections stay open, nothing arrives, no reset) until {@link #release()}.
 */
public final class CuttableLink implements AutoCloseable {
    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile CountDownLatch held;
    private final Semaphore heldChunks = new Semaphore(0);

    public CuttableLink(String targetHost, int targetPort) {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.server = listen(0);
        this.port = server.getLocalPort();
        accept(server);
    }

    /** A relay to the PostgreSQL server of {@code jdbcUrl} ({@code jdbc:postgresql://host:port/...}). */
    public static CuttableLink toPostgres(String jdbcUrl) {
        var m = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/.*").matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/... URL: " + jdbcUrl);
        }
        return new CuttableLink(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
    }

    /** {@code jdbcUrl} with its host and port replaced by this relay's. */
    public String route(String jdbcUrl) {
        return jdbcUrl.replaceFirst("^jdbc:postgresql://[^/?]+", "jdbc:postgresql://127.0.0.1:" + port);
    }

    /** Breaks every connection through the relay and refuses new ones. */
    public synchronized void cut() {
        closeQuietly(server);
        for (Socket s : List.copyOf(open)) {
            closeQuietly(s);
        }
        open.clear();
    }

    /** Holds every byte read from then on, in both directions, until {@link #release()}. */
    public void hold() {
        held = new CountDownLatch(1);
    }

    /** Waits until {@code chunks} reads were held (someone is waiting on the partition). */
    public boolean awaitHeld(int chunks, Duration timeout) throws InterruptedException {
        return heldChunks.tryAcquire(chunks, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the held bytes and everything after them through. */
    public void release() {
        CountDownLatch gate = held;
        held = null;
        if (gate != null) {
            gate.countDown();
        }
    }

    /** Accepts connections again, on the same port. */
    public synchronized void restore() {
        if (server.isClosed()) {
            server = listen(port);
            accept(server);
        }
    }

    @Override
    public void close() {
        release();
        cut();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket listening) {
        Thread.ofVirtual().name("link-accept").start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(target.getAddress(), target.getPort());
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    return; // closed by cut()
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().name("link-pump").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    CountDownLatch gate = held;
                    if (gate != null) {
                        heldChunks.release();
                        gate.await();
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side or cut() closed the connection
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
