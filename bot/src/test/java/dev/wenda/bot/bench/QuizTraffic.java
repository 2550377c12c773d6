package dev.wenda.bot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.bench.AnswerLedger.Ack;
import dev.wenda.bot.bench.AnswerLedger.PostedScore;
import dev.wenda.bot.bench.AnswerLedger.QuestionKey;
import dev.wenda.bot.bench.AnswerLedger.Reconciliation;
import dev.wenda.bot.bench.AnswerLedger.Slot;
import dev.wenda.bot.slack.SlackRequests;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.store.QuizStore;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs quiz rounds in Slack channels through signed requests: a host starts a round, every player
 * clicks one option of each question at a random moment inside its window (a few click twice), and
 * a new round starts when one ends, until {@link #stopStarting()}. Records every answer and ack in
 * an {@link AnswerLedger}, the revealed correct options and the posted scoreboards. A round is
 * settled (reconciled, then its per-answer records dropped) a few seconds after its scoreboard, so
 * a long soak keeps only counters for finished rounds.
 */
final class QuizTraffic {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ACTION = Pattern.compile("quiz:([^:\"]+):(\\d+):(\\d)");
    private static final Pattern CORRECT = Pattern.compile("✅\\s*\\*{0,2}([A-D])\\.");
    private static final Pattern SCORE_LINE =
            Pattern.compile("^\\s*\\d+\\s+(p\\d+_\\d+)\\s+(-?\\d+)\\s+(\\d+)/(\\d+)\\s+\\d+\\s*$", Pattern.MULTILINE);

    private final FakeSlackApi api;
    private final SignedSlack slack;
    private final ScheduledExecutorService timer;
    private final int channels;
    private final int players;
    private final int questionSeconds;
    private final int questionsPerRound;
    private final Errors errors;
    private final AnswerLedger ledger = new AnswerLedger();
    private final Map<String, Click> clicks = new ConcurrentHashMap<>();

    private record Click(Slot slot, String letter, long sentNanos) {}

    private final Map<String, QuestionKey> questionByTs = new ConcurrentHashMap<>();
    private final Map<QuestionKey, String> correct = new ConcurrentHashMap<>();
    private final Map<String, String> roundByChannel = new ConcurrentHashMap<>();
    private final Map<String, Map<String, PostedScore>> scoreboards = new ConcurrentHashMap<>();
    private final Set<String> rounds = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> boardNanos = new ConcurrentHashMap<>();
    private final AtomicInteger roundsPlayed = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private final SplittableRandom seeds = new SplittableRandom(7);
    private volatile boolean starting = true;
    private final java.util.concurrent.atomic.AtomicReference<Latencies> receipts =
            new java.util.concurrent.atomic.AtomicReference<>(new Latencies());

    QuizTraffic(
            FakeSlackApi api,
            SignedSlack slack,
            ScheduledExecutorService timer,
            int channels,
            int players,
            int questionSeconds,
            int questionsPerRound,
            Errors errors) {
        this.api = api;
        this.slack = slack;
        this.timer = timer;
        this.channels = channels;
        this.players = players;
        this.questionSeconds = questionSeconds;
        this.questionsPerRound = questionsPerRound;
        this.errors = errors;
        for (int c = 0; c < channels; c++) {
            api.user(host(c), "host" + c, false, "en-US");
            for (int p = 0; p < players; p++) {
                api.user(player(c, p), name(c, p), false, "en-US");
            }
        }
        api.onCall(this::onCall);
    }

    /** Click-to-receipt latencies since the last call; starts a new window. */
    Latencies newReceiptWindow() {
        return receipts.getAndSet(new Latencies());
    }

    AnswerLedger ledger() {
        return ledger;
    }

    /** Rounds started so far, settled or not. */
    int roundsPlayed() {
        return roundsPlayed.get();
    }

    /**
     * Settles the rounds whose scoreboard was posted at least {@code settleNanos} ago and whose
     * clicks all have receipts (or whose scoreboard is older than 30 s); returns the totals so far.
     */
    Reconciliation settleFinished(QuizStore store, long settleNanos) {
        long now = System.nanoTime();
        List<String> ready = boardNanos.entrySet().stream()
                .filter(e -> now - e.getValue() >= settleNanos)
                .filter(e -> ledger.complete(e.getKey()) || now - e.getValue() >= 30_000_000_000L)
                .map(Map.Entry::getKey)
                .toList();
        return settle(store, ready);
    }

    /** Settles every round still held, finished or not; returns the totals over the whole run. */
    Reconciliation settleAll(QuizStore store) {
        return settle(store, List.copyOf(rounds));
    }

    private Reconciliation settle(QuizStore store, List<String> roundIds) {
        Reconciliation totals = ledger.settle(
                roundIds, LoadDriver.storedAnswers(store, roundIds), Map.copyOf(correct), Map.copyOf(scoreboards));
        for (String round : roundIds) {
            rounds.remove(round);
            scoreboards.remove(round);
            boardNanos.remove(round);
            correct.keySet().removeIf(q -> q.roundId().equals(round));
            questionByTs.values().removeIf(q -> q.roundId().equals(round));
        }
        return totals;
    }

    /** Rounds started whose scoreboard has not been posted yet. */
    int openRounds() {
        return (int) rounds.stream().filter(r -> !scoreboards.containsKey(r)).count();
    }

    void start() {
        for (int c = 0; c < channels; c++) {
            startRound(c);
        }
    }

    void stopStarting() {
        starting = false;
    }

    /** Starts rounds in every channel again, after {@link #stopStarting()} and the rounds ended. */
    void resumeStarting() {
        starting = true;
        start();
    }

    private void startRound(int c) {
        String id = "s" + ids.incrementAndGet();
        slack.post(
                        SlackRequests.slashCommand(
                                channel(c),
                                host(c),
                                "host" + c,
                                "quiz start count=" + questionsPerRound + " seconds=" + questionSeconds
                                        + " kinds=choice",
                                api.responseUrl(id)),
                        SlackRequests.FORM)
                .whenComplete((status, failure) -> {
                    if (failure != null || status != 200) {
                        errors.add("quiz start: Slack ack not 200", failure != null ? failure.toString() : "" + status);
                    }
                });
    }

    private void onCall(FakeSlackApi.Call call) {
        try {
            if (call.name().equals("chat.postMessage")
                    && call.form().getOrDefault("channel", "").startsWith("CQ")) {
                onPost(call);
            } else if (call.name().equals("chat.update")) {
                onUpdate(call);
            } else if (call.name().startsWith("response/a")) {
                onAck(call);
            } else if (call.name().startsWith("response/s") && !call.body().contains("started a quiz")) {
                errors.add("quiz start refused", call.body());
            }
        } catch (RuntimeException | IOException e) {
            errors.add("driver: " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
    }

    private void onPost(FakeSlackApi.Call call) throws IOException {
        String channel = call.form().get("channel");
        String blocks = call.form().getOrDefault("blocks", "");
        Matcher action = ACTION.matcher(blocks);
        if (action.find()) {
            String round = action.group(1);
            int no = Integer.parseInt(action.group(2));
            Set<String> options = new LinkedHashSet<>();
            do {
                options.add(action.group(3));
            } while (action.find());
            String ts = JSON.readTree(call.response()).path("ts").asText();
            QuestionKey question = new QuestionKey(round, no);
            questionByTs.put(ts, question);
            roundByChannel.put(channel, round);
            if (rounds.add(round)) {
                roundsPlayed.incrementAndGet();
            }
            schedulePlayers(channel, ts, question, options.size());
        } else if (blocks.contains("Round over")) {
            String round = roundByChannel.get(channel);
            if (round == null) {
                errors.add("scoreboard without a round", channel);
                return;
            }
            Map<String, PostedScore> board = new ConcurrentHashMap<>();
            Matcher line = SCORE_LINE.matcher(texts(blocks));
            while (line.find()) {
                board.put(
                        line.group(1),
                        new PostedScore(
                                Long.parseLong(line.group(2)),
                                Integer.parseInt(line.group(3)),
                                Integer.parseInt(line.group(4))));
            }
            scoreboards.put(round, board);
            boardNanos.put(round, System.nanoTime());
            if (starting) {
                int c = Integer.parseInt(channel.substring(2));
                timer.schedule(() -> startRound(c), 500, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void onUpdate(FakeSlackApi.Call call) throws IOException {
        QuestionKey question = questionByTs.get(call.form().getOrDefault("ts", ""));
        if (question == null) {
            return;
        }
        Matcher m = CORRECT.matcher(texts(call.form().getOrDefault("blocks", "")));
        if (m.find()) {
            correct.put(question, m.group(1));
        }
    }

    private static String texts(String blocksJson) throws IOException {
        StringBuilder out = new StringBuilder();
        for (JsonNode text : JSON.readTree(blocksJson).findValues("text")) {
            out.append(text.isTextual() ? text.asText() : text.path("text").asText())
                    .append('\n');
        }
        return out.toString();
    }

    private void schedulePlayers(String channel, String ts, QuestionKey question, int options) {
        int c = Integer.parseInt(channel.substring(2));
        long window = questionSeconds * 600L; // answer inside the first 60 % of the window
        SplittableRandom random;
        synchronized (seeds) {
            random = seeds.split();
        }
        for (int p = 0; p < players; p++) {
            int player = p;
            long at = 200 + random.nextLong(window);
            int option = random.nextInt(options);
            timer.schedule(() -> click(c, player, ts, question, option), at, TimeUnit.MILLISECONDS);
            if (random.nextInt(20) == 0) {
                int again = random.nextInt(options);
                timer.schedule(() -> click(c, player, ts, question, again), at + 300, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void click(int c, int p, String ts, QuestionKey question, int option) {
        Slot slot = new Slot(question.roundId(), question.no(), player(c, p));
        String id = "a" + ids.incrementAndGet();
        String letter = String.valueOf((char) ('A' + option));
        clicks.put("response/" + id, new Click(slot, letter, System.nanoTime()));
        ledger.sent(slot, name(c, p), letter);
        String actionId = "quiz:" + question.roundId() + ":" + question.no() + ":" + option;
        slack.post(
                        SlackRequests.blockAction(channel(c), player(c, p), ts, actionId, api.responseUrl(id)),
                        SlackRequests.FORM)
                .whenComplete((status, failure) -> {
                    if (failure != null || status != 200) {
                        errors.add("click: Slack ack not 200", failure != null ? failure.toString() : "" + status);
                    }
                });
    }

    private void onAck(FakeSlackApi.Call call) {
        Click click = clicks.remove(call.name());
        if (click == null) {
            return;
        }
        receipts.get().record(System.nanoTime() - click.sentNanos());
        String body = call.body();
        Ack ack = body.contains("Answer recorded")
                ? Ack.RECORDED
                : body.contains("already answered") ? Ack.DUPLICATE : body.contains("Too late") ? Ack.LATE : Ack.OTHER;
        if (ack == Ack.OTHER) {
            errors.add("click: unexpected receipt", body);
        }
        ledger.acked(click.slot(), click.letter(), ack);
    }

    private static String channel(int c) {
        return "CQ%02d".formatted(c);
    }

    private static String host(int c) {
        return "UH%02d".formatted(c);
    }

    private static String player(int c, int p) {
        return "UP%02d%03d".formatted(c, p);
    }

    private static String name(int c, int p) {
        return "p%02d_%03d".formatted(c, p);
    }
}
