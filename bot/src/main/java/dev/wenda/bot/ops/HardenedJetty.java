package dev.wenda.bot.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Jetty setup behind every listening port of the bot (the ops endpoint, Slack's HTTP
 * endpoint, the web pages), hardened for clients that misbehave:
 *
 * <ul>
 *   <li>a bounded, named pool of daemon threads, and daemon timers (an endpoint left open never
 *       keeps the JVM from exiting);
 *   <li>a connection silent for {@link Settings#idleTimeout()} is closed;
 *   <li>a request head not complete within {@link Settings#headDeadline()} is closed unanswered,
 *       whatever trickle of bytes keeps it from going idle (see {@link HeadDeadline});
 *   <li>a request head over {@link Settings#maxHead()} bytes is answered 431;
 *   <li>at most {@link Settings#maxConnections()} connections are served at once, the rest wait in
 *       the listen queue of {@link Settings#backlog()};
 *   <li>no server banner, and Jetty's own errors (a malformed request line, a head too large) are
 *       the bare status: no page, no stack trace.
 * </ul>
 */
public final class HardenedJetty implements AutoCloseable {
    /**
     * The limits of one endpoint.
     *
     * @param name names its threads ({@code name-N}) and timers ({@code name-timer})
     * @param maxThreads the pool's bound; a request never holds one while its client is slow
     * @param maxConnections connections served at once; more wait in the listen queue
     * @param backlog the listen queue
     * @param maxHead the largest request line plus headers, in bytes
     * @param idleTimeout how long a connection may stay silent
     * @param headDeadline the longest time a request head may take to arrive
     * @param keepAlive whether a connection may carry more than one request
     */
    public record Settings(
            String name,
            int maxThreads,
            int maxConnections,
            int backlog,
            int maxHead,
            Duration idleTimeout,
            Duration headDeadline,
            boolean keepAlive) {
        public Settings {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(headDeadline, "headDeadline");
            if (maxThreads < MIN_THREADS) {
                throw new IllegalArgumentException(
                        "maxThreads must be at least " + MIN_THREADS + ", was " + maxThreads);
            }
            if (maxConnections < 1 || backlog < 1 || maxHead < 1) {
                throw new IllegalArgumentException("maxConnections, backlog and maxHead must be positive, were "
                        + maxConnections + ", " + backlog + ", " + maxHead);
            }
            if (idleTimeout.isNegative()
                    || idleTimeout.isZero()
                    || headDeadline.isNegative()
                    || headDeadline.isZero()) {
                throw new IllegalArgumentException(
                        "idleTimeout and headDeadline must be positive, were " + idleTimeout + ", " + headDeadline);
            }
        }

        /** The same settings with another head deadline. */
        public Settings withHeadDeadline(Duration deadline) {
            return new Settings(name, maxThreads, maxConnections, backlog, maxHead, idleTimeout, deadline, keepAlive);
        }

        /** The same settings with another idle timeout. */
        public Settings withIdleTimeout(Duration timeout) {
            return new Settings(name, maxThreads, maxConnections, backlog, maxHead, timeout, headDeadline, keepAlive);
        }
    }

    /** One acceptor and one selector need two threads; the rest answer. */
    static final int MIN_THREADS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(HardenedJetty.class);

    private final String name;
    private final Server server;
    private final ServerConnector connector;

    private HardenedJetty(String host, int port, Settings settings, Handler handler) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(handler, "handler");
        this.name = settings.name();
        QueuedThreadPool threads = new QueuedThreadPool(
                settings.maxThreads(), 2, (int) Duration.ofMinutes(1).toMillis());
        threads.setName(settings.name());
        threads.setDaemon(true);
        this.server = new Server(threads, new ScheduledExecutorScheduler(settings.name() + "-timer", true), null);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(settings.maxHead());
        http.setPersistentConnectionsEnabled(settings.keepAlive());
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        connector.setAcceptQueueSize(settings.backlog());
        connector.addEventListener(new HeadDeadline(connector, settings.headDeadline()));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(settings.maxConnections(), connector));
        server.setHandler(handler);
        server.setErrorHandler((request, response, callback) -> {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
            response.write(true, null, callback);
            return true;
        });
        server.setStopTimeout(Duration.ofSeconds(1).toMillis());
    }

    /** An endpoint on {@code host:port} (port 0 picks a free one), not yet listening. */
    public static HardenedJetty create(String host, int port, Settings settings, Handler handler) {
        return new HardenedJetty(host, port, Objects.requireNonNull(settings, "settings"), handler);
    }

    /** Binds and starts serving; a port in use (or any other failure) is reported with the address. */
    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            close();
            String why = "cannot listen on " + connector.getHost() + ":" + connector.getPort() + ": " + e.getMessage();
            throw new UncheckedIOException(why, e instanceof IOException io ? io : new IOException(why, e));
        }
    }

    /** The bound port (useful when 0 was asked for); -1 before {@link #start()}. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Whether it is serving. */
    public boolean running() {
        return server.isStarted();
    }

    /** Stops accepting and ends the open connections; requests in flight get up to a second. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("{} did not stop cleanly: {}", name, e.toString());
        }
    }

    /**
     * Closes a connection whose request head has not arrived within the deadline. Jetty's idle
     * timeout only catches a silent client; one sending a byte now and then would otherwise hold
     * its connection for as long as it likes. Jetty counts a request once its head is parsed, so a
     * connection is closed when, over one whole deadline, no head completed and it was neither
     * answering a request nor writing a response: on a fresh connection that is exactly the
     * deadline, between two requests of a kept-alive one at most twice it.
     */
    private record HeadDeadline(ServerConnector connector, Duration deadline) implements Connection.Listener {
        @Override
        public void onOpened(Connection connection) {
            new Watch(connection).arm();
        }

        private final class Watch implements Runnable {
            private final Connection connection;
            private long requests;
            private long written;

            Watch(Connection connection) {
                this.connection = connection;
            }

            void arm() {
                connector.getScheduler().schedule(this, deadline);
            }

            @Override
            public void run() {
                if (!connection.getEndPoint().isOpen()) {
                    return;
                }
                long in = connection.getMessagesIn();
                long out = connection.getBytesOut();
                boolean answering = connection.getMessagesOut() < in;
                if (in == requests && out == written && !answering) {
                    connection.close();
                    return;
                }
                requests = in;
                written = out;
                arm();
            }
        }
    }
}
