package dev.wenda.bot.bench;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.ops.OpsServer;
import dev.wenda.bot.ops.ReadinessCheck;
import dev.wenda.bot.slack.SlackBot;
import dev.wenda.bot.slack.SlackRequests;
import dev.wenda.bot.slack.SlackSettings;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * The abuse suite (issue 18), loopback only and bounded in time: the ops endpoint and the Slack
 * HTTP endpoint in this JVM, 50 slow-loris connections on each and 200 bad Slack requests a second
 * while {@code /healthz} is probed; then 100 MB unsigned bodies. Prints the figures and exits 1
 * when a target is missed. Usage: {@code AbuseDriver [seconds]} (default 20).
 */
public final class AbuseDriver {
    private static final int SLOW_CLIENTS = 50;
    private static final int BAD_PER_SECOND = 200;

    private final AtomicLong maxLogLine = new AtomicLong();
    private final AtomicLong logBytes = new AtomicLong();
    private final AtomicInteger logLines = new AtomicInteger();
    private final AtomicInteger leaks = new AtomicInteger();
    private final AtomicInteger badSent = new AtomicInteger();
    private volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.exit(new AbuseDriver().run(seconds) ? 0 : 1);
    }

    boolean run(int seconds) throws Exception {
        measureLogs();
        try (FakeSlackApi api = new FakeSlackApi();
                OpsServer ops = OpsServer.start(
                        "127.0.0.1",
                        0,
                        () -> "wenda_up 1\n",
                        List.of(ReadinessCheck.of("index", ReadinessCheck.Status::ok)))) {
            SlackBot bot = new SlackBot(
                    SlackSettings.httpMode(() -> "xoxb-fake", () -> SlackRequests.SECRET, "127.0.0.1", 0)
                            .withApiBaseUrl(api.apiBase()),
                    request -> Reply.text("ok"));
            bot.start();
            try {
                return drive(seconds, ops.port(), bot.httpPort());
            } finally {
                bot.stop();
            }
        }
    }

    private boolean drive(int seconds, int opsPort, int slackPort) throws Exception {
        ExecutorService load = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            load.execute(() -> slowLoris(opsPort));
            load.execute(() -> slowLoris(slackPort));
        }
        load.execute(() -> badRequests(slackPort));
        Latencies health = new Latencies();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int failures = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            String answer;
            try {
                answer = exchange(opsPort, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", new byte[0], 0);
            } catch (java.io.IOException e) {
                answer = e.toString(); // no answer within 10 s, or refused
            }
            health.record(System.nanoTime() - start);
            if (!answer.startsWith("HTTP/1.1 200 ")) {
                failures++;
            }
            pause(20);
        }
        running = false;
        load.shutdownNow();

        Latencies huge = new Latencies();
        long heapBefore = usedHeapAfterGc();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            String answer;
            try {
                answer = exchange(
                        slackPort,
                        "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                + "Content-Length: 104857600\r\n\r\n",
                        new byte[64 * 1024],
                        100L * 1024 * 1024);
            } catch (java.io.IOException e) {
                answer = e.toString();
            }
            huge.record(System.nanoTime() - start);
            check(answer);
        }
        long heapAfter = usedHeapAfterGc();

        double p99 = health.percentileMillis(99);
        double hugeMax = huge.maxMillis();
        System.out.printf(
                Locale.ROOT,
                "abuse: %d s, %d slow-loris connections on each endpoint, %d bad Slack requests sent (%.0f/s)%n",
                seconds,
                SLOW_CLIENTS,
                badSent.get(),
                badSent.get() / (double) seconds);
        System.out.printf(
                Locale.ROOT,
                "/healthz: %d probes, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= 100 ms)%n",
                health.count(),
                failures,
                health.percentileMillis(50),
                p99,
                health.maxMillis());
        System.out.printf(
                Locale.ROOT,
                "100 MB unsigned body: answered in median %.1f ms, max %.1f ms (target <= 100 ms); used heap after GC"
                        + " %d MiB before, %d MiB after%n",
                huge.percentileMillis(50),
                hugeMax,
                heapBefore >> 20,
                heapAfter >> 20);
        System.out.printf(
                Locale.ROOT,
                "logs: %d lines, %d bytes, longest %d bytes (target < 2048); responses with a trace or banner: %d%n",
                logLines.get(),
                logBytes.get(),
                maxLogLine.get(),
                leaks.get());
        return failures == 0
                && p99 <= 100
                && hugeMax <= 100
                && maxLogLine.get() < 2048
                && leaks.get() == 0
                && heapAfter - heapBefore < 32L << 20;
    }

    /** Opens a connection, sends one byte, waits; when the server closes it, opens the next. */
    private void slowLoris(int port) {
        while (running) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write('P');
                socket.getOutputStream().flush();
                socket.setSoTimeout(60_000);
                socket.getInputStream().read(new byte[512]); // until the server gives up on us
            } catch (Exception e) {
                pause(10);
            }
        }
    }

    /** Unsigned bodies of 100 KB, malformed forms, forged log lines, future timestamps: 200 a second. */
    private void badRequests(int port) {
        byte[] big = new byte[100 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        String[] kinds = {
            "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: " + big.length + "\r\n\r\n",
            "POST /slack/events?x=%0d%0a12:00:00.000%20ERROR%20FORGED HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Length: 12\r\n\r\n",
            "POST /slack/events HTTP/1.1\r\nHost: x\r\nX-Slack-Request-Timestamp: 99999999999\r\n"
                    + "X-Slack-Signature: v0=00\r\nContent-Length: 12\r\n\r\n",
            "POST /slack/events HTTP/1.1\r\nHost: x\r\nX-Slack-Request-Timestamp: " + System.currentTimeMillis() / 1000
                    + "\r\nX-Slack-Signature: v0=00\r\nContent-Length: 12\r\n\r\n"
        };
        ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
        long next = System.nanoTime();
        for (int i = 0; running; i++) {
            String head = kinds[i % kinds.length];
            byte[] body = i % kinds.length == 0 ? big : "payload=%zz{".getBytes(StandardCharsets.ISO_8859_1);
            senders.execute(() -> {
                try {
                    check(exchange(port, head, body, body.length));
                    badSent.incrementAndGet();
                } catch (Exception e) {
                    // a refused connection under load counts as not sent
                }
            });
            next += 1_000_000_000L / BAD_PER_SECOND;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                pause(wait / 1_000_000);
            }
        }
        senders.shutdownNow();
    }

    /** Sends a head and {@code total} body bytes (repeating {@code chunk}); returns the response head. */
    private static String exchange(int port, String head, byte[] chunk, long total) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            long sent = 0;
            while (sent < total && in.available() == 0) {
                int n = (int) Math.min(chunk.length, total - sent);
                try {
                    out.write(chunk, 0, n);
                } catch (java.io.IOException closed) {
                    break; // the server answered and closed: stop sending
                }
                sent += n;
            }
            out.flush();
            byte[] answer = new byte[4096];
            int length = in.read(answer);
            return length <= 0 ? "" : new String(answer, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    private void check(String answer) {
        if (answer.contains("Exception") || answer.contains("\tat ") || answer.contains("Server:")) {
            leaks.incrementAndGet();
        }
    }

    /** Every log line, encoded as the text format writes it, is measured. */
    private void measureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} %X{cid}- %msg%n");
        encoder.start();
        AppenderBase<ILoggingEvent> meter = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                byte[] line = encoder.encode(event);
                logLines.incrementAndGet();
                logBytes.addAndGet(line.length);
                maxLogLine.accumulateAndGet(line.length, Math::max);
            }
        };
        meter.setContext(context);
        meter.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(meter);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(Math.max(0, millis)); // pacing the load, not waiting for a result
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AbuseDriver() {}
}
