package dev.wenda.bot.bench;

import dev.wenda.bot.discord.fake.DiscordPayloads.FakeUser;
import dev.wenda.bot.discord.fake.FakeDiscord;
import dev.wenda.bot.discord.fake.FakeDiscordRest.Recorded;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.slack.SlackRequests;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks questions at a steady rate, alternating Discord ({@code /ask} interactions through the fake
 * gateway) and Slack (signed {@code /wenda ask} commands), spread round-robin over many users and
 * Slack channels. Latency runs from just before the request is sent to the moment the fake receives
 * the reply payload ({@code PATCH .../@original} on Discord, the response_url POST on Slack).
 */
final class AskTraffic {
    static final int SLACK_CHANNELS = 50;
    private static final List<String> FAILURES =
            List.of("too fast", "请求太频繁", "something went wrong", "not available in this build");

    private final FakeDiscord discord;
    private final FakeSlackApi slackApi;
    private final SignedSlack slack;
    private final List<String> questions;
    private final int users;
    private final Errors errors;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicReference<Window> window = new AtomicReference<>(new Window());

    /** Ask latencies of one phase: all, and per platform. */
    record Window(Latencies all, Latencies discord, Latencies slack) {
        Window() {
            this(new Latencies(), new Latencies(), new Latencies());
        }
    }

    AskTraffic(
            FakeDiscord discord,
            FakeSlackApi slackApi,
            SignedSlack slack,
            List<String> questions,
            int users,
            Errors errors) {
        this.discord = discord;
        this.slackApi = slackApi;
        this.slack = slack;
        this.questions = questions;
        this.users = users;
        this.errors = errors;
        for (int u = 0; u < users; u++) {
            slackApi.user(slackUser(u), "asker" + u, false, "en-US");
        }
        discord.rest.onRequest(this::onDiscord);
        slackApi.onCall(this::onSlack);
    }

    /** Starts a new latency window (one per phase) and returns the previous one. */
    Window newWindow() {
        return window.getAndSet(new Window());
    }

    int inFlight() {
        return pending.size();
    }

    /** Counts asks waiting longer than {@code timeoutNanos} as errors and forgets them. */
    void expire(long timeoutNanos) {
        long now = System.nanoTime();
        pending.entrySet().removeIf(e -> {
            if (now - e.getValue() > timeoutNanos) {
                errors.add("ask: no reply within " + timeoutNanos / 1_000_000_000 + " s", e.getKey());
                return true;
            }
            return false;
        });
    }

    void sendOne() {
        long n = sequence.getAndIncrement();
        String question = questions.get((int) (n % questions.size()));
        int user = (int) ((n / 2) % users);
        if (n % 2 == 0) {
            FakeUser who = new FakeUser(Long.toString(2_000_000_000_000_000_000L + user), "asker" + user);
            InteractionPayloads.Interaction ask =
                    InteractionPayloads.by(who).slash("ask", null, Map.of("question", question));
            pending.put(ask.token(), System.nanoTime());
            discord.send(ask);
        } else {
            String id = "k" + n;
            String channel = "CA" + (n / 2) % SLACK_CHANNELS;
            pending.put("response/" + id, System.nanoTime());
            slack.post(
                            SlackRequests.slashCommand(
                                    channel,
                                    slackUser(user),
                                    "asker" + user,
                                    "ask " + question,
                                    slackApi.responseUrl(id)),
                            SlackRequests.FORM)
                    .whenComplete((status, failure) -> {
                        if (failure != null || status != 200) {
                            pending.remove("response/" + id);
                            errors.add(
                                    "ask: Slack ack not 200", failure != null ? failure.toString() : "HTTP " + status);
                        }
                    });
        }
    }

    private static String slackUser(int u) {
        return "UA" + u;
    }

    private void onDiscord(Recorded r) {
        if (!r.method().equals("PATCH") || !r.path().endsWith("/messages/@original")) {
            return;
        }
        String[] parts = r.path().split("/");
        String token = parts[parts.length - 3];
        complete(token, r.rawBody());
    }

    private void onSlack(FakeSlackApi.Call call) {
        if (call.name().startsWith("response/k")) {
            complete(call.name(), call.body());
        }
    }

    private void complete(String key, String body) {
        Long started = pending.remove(key);
        if (started == null) {
            return;
        }
        long nanos = System.nanoTime() - started;
        Window current = window.get();
        current.all().record(nanos);
        (key.startsWith("response/") ? current.slack() : current.discord()).record(nanos);
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        for (String failure : FAILURES) {
            if (lower.contains(failure)) {
                errors.add("ask: reply says '" + failure + "'", body);
            }
        }
    }
}
