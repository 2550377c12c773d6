package dev.wenda.bot.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every quiz answer the driver sent and what the bot acknowledged, reconciled after the run with
 * the store's answer rows, the revealed correct options and the scoreboards the bot posted.
 */
final class AnswerLedger {
    /** One player's answer slot: a question of a round. */
    record Slot(String roundId, int no, String userId) {
        QuestionKey question() {
            return new QuestionKey(roundId, no);
        }
    }

    /** A question of a round. */
    record QuestionKey(String roundId, int no) {}

    /** What the bot said to one click. */
    enum Ack {
        RECORDED,
        DUPLICATE,
        LATE,
        OTHER
    }

    /** A row of the store's answers table. */
    record StoredAnswer(Slot slot, String answer, int points) {}

    /** One line of a posted round scoreboard. */
    record PostedScore(long points, int correct, int answered) {}

    /** The outcome; {@link #clean()} when nothing was lost, doubled or miscounted. */
    record Reconciliation(
            int sent,
            int recorded,
            int refusedDuplicates,
            int late,
            int otherAcks,
            int unacknowledged,
            int lost,
            int doubled,
            int rowsWithoutAck,
            int wrongAnswerStored,
            int scoreMismatches,
            int scoreboardsChecked) {
        boolean clean() {
            return lost == 0
                    && doubled == 0
                    && rowsWithoutAck == 0
                    && wrongAnswerStored == 0
                    && scoreMismatches == 0
                    && unacknowledged == 0
                    && otherAcks == 0;
        }
    }

    /** The letters sent for one slot, in order, and each receipt with the letter of its click. */
    private record Entry(List<String> sent, List<Receipt> acks) {}

    private record Receipt(String letter, Ack ack) {}

    private final Map<Slot, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** The driver sent {@code letter} for {@code slot} as the player named {@code name}. */
    void sent(Slot slot, String name, String letter) {
        names.put(slot.userId(), name);
        Entry entry = entries.computeIfAbsent(slot, s -> new Entry(new ArrayList<>(), new ArrayList<>()));
        synchronized (entry) {
            entry.sent().add(letter);
        }
    }

    /** The bot answered the click that sent {@code letter} for {@code slot} with {@code ack}. */
    void acked(Slot slot, String letter, Ack ack) {
        Entry entry = entries.get(slot);
        if (entry == null) {
            throw new IllegalStateException("ack for an answer never sent: " + slot);
        }
        synchronized (entry) {
            entry.acks().add(new Receipt(letter, ack));
        }
    }

    /**
     * @param rows the store's answer rows of every round the driver played
     * @param correct the correct letter of each revealed question, keyed by round and question
     * @param scoreboards the posted final scoreboard of each round, by player name
     */
    Reconciliation reconcile(
            Collection<StoredAnswer> rows,
            Map<QuestionKey, String> correct,
            Map<String, Map<String, PostedScore>> scoreboards) {
        Map<Slot, StoredAnswer> stored = new HashMap<>();
        rows.forEach(row -> stored.put(row.slot(), row));
        int sent = 0, recorded = 0, duplicates = 0, late = 0, other = 0, unacked = 0;
        int lost = 0, doubled = 0, wrong = 0;
        Map<String, Map<String, long[]>> expected = new HashMap<>();
        for (Map.Entry<Slot, Entry> e : entries.entrySet()) {
            Slot slot = e.getKey();
            List<String> letters;
            List<Receipt> receipts;
            synchronized (e.getValue()) {
                letters = List.copyOf(e.getValue().sent());
                receipts = List.copyOf(e.getValue().acks());
            }
            sent += letters.size();
            unacked += letters.size() - receipts.size();
            List<Ack> acks = receipts.stream().map(Receipt::ack).toList();
            long recordedHere = acks.stream().filter(a -> a == Ack.RECORDED).count();
            recorded += (int) recordedHere;
            duplicates += (int) acks.stream().filter(a -> a == Ack.DUPLICATE).count();
            late += (int) acks.stream().filter(a -> a == Ack.LATE).count();
            other += (int) acks.stream().filter(a -> a == Ack.OTHER).count();
            if (recordedHere > 1) {
                doubled++;
            }
            StoredAnswer row = stored.remove(slot);
            if (recordedHere == 0) {
                if (row != null) {
                    stored.put(slot, row); // counted below as a row nobody was told about
                }
                continue;
            }
            if (row == null) {
                lost++;
                continue;
            }
            String recordedLetter = receipts.stream()
                    .filter(r -> r.ack() == Ack.RECORDED)
                    .findFirst()
                    .orElseThrow()
                    .letter();
            if (!row.answer().equals(recordedLetter)) {
                wrong++;
            }
            long[] totals = expected.computeIfAbsent(slot.roundId(), r -> new HashMap<>())
                    .computeIfAbsent(names.get(slot.userId()), n -> new long[3]);
            totals[0] += row.points();
            totals[1] += row.answer().equals(correct.get(slot.question())) ? 1 : 0;
            totals[2]++;
        }
        int mismatches = 0;
        for (Map.Entry<String, Map<String, PostedScore>> board : scoreboards.entrySet()) {
            Map<String, long[]> want = expected.getOrDefault(board.getKey(), Map.of());
            if (!want.keySet().equals(board.getValue().keySet())) {
                mismatches++;
                continue;
            }
            for (Map.Entry<String, long[]> player : want.entrySet()) {
                PostedScore got = board.getValue().get(player.getKey());
                long[] w = player.getValue();
                if (got.points() != w[0] || got.correct() != w[1] || got.answered() != w[2]) {
                    mismatches++;
                }
            }
        }
        return new Reconciliation(
                sent,
                recorded,
                duplicates,
                late,
                other,
                unacked,
                lost,
                doubled,
                stored.size(),
                wrong,
                mismatches,
                scoreboards.size());
    }
}
