package dev.wenda.bot.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Entries by round id; a round's entries are dropped once it is settled. */
    private final Map<String, Map<Slot, Entry>> rounds = new ConcurrentHashMap<>();

    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> settled = ConcurrentHashMap.newKeySet();
    private Reconciliation totals = new Reconciliation(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    private int receiptsAfterSettling;

    /** The driver sent {@code letter} for {@code slot} as the player named {@code name}. */
    void sent(Slot slot, String name, String letter) {
        names.put(slot.userId(), name);
        Entry entry = rounds.computeIfAbsent(slot.roundId(), r -> new ConcurrentHashMap<>())
                .computeIfAbsent(slot, s -> new Entry(new ArrayList<>(), new ArrayList<>()));
        synchronized (entry) {
            entry.sent().add(letter);
        }
    }

    /**
     * The bot answered the click that sent {@code letter} for {@code slot} with {@code ack}. A
     * receipt for a round already settled is only counted ({@link #receiptsAfterSettling()}): that
     * round was settled with the click counted as unacknowledged.
     */
    void acked(Slot slot, String letter, Ack ack) {
        Map<Slot, Entry> round = rounds.get(slot.roundId());
        Entry entry = round == null ? null : round.get(slot);
        if (entry == null) {
            if (settled.contains(slot.roundId())) {
                synchronized (this) {
                    receiptsAfterSettling++;
                }
                return;
            }
            throw new IllegalStateException("ack for an answer never sent: " + slot);
        }
        synchronized (entry) {
            entry.acks().add(new Receipt(letter, ack));
        }
    }

    /** True when every click sent for {@code round} has its receipt. */
    boolean complete(String round) {
        Map<Slot, Entry> entries = rounds.getOrDefault(round, Map.of());
        for (Entry entry : entries.values()) {
            synchronized (entry) {
                if (entry.acks().size() < entry.sent().size()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How many answer slots the ledger holds (rounds not settled yet). */
    int openSlots() {
        return rounds.values().stream().mapToInt(Map::size).sum();
    }

    /** Settles every round the ledger still holds or that has a scoreboard; see {@link #settle}. */
    Reconciliation reconcile(
            Collection<StoredAnswer> rows,
            Map<QuestionKey, String> correct,
            Map<String, Map<String, PostedScore>> scoreboards) {
        Set<String> all = new HashSet<>(rounds.keySet());
        all.addAll(scoreboards.keySet());
        rows.forEach(row -> all.add(row.slot().roundId()));
        return settle(all, rows, correct, scoreboards);
    }

    /**
     * Reconciles {@code roundIds}, adds the outcome to the running totals and forgets their
     * per-answer entries, so a long run keeps only counters for finished rounds.
     *
     * @param rows the store's answer rows of those rounds
     * @param correct the correct letter of each revealed question, keyed by round and question
     * @param scoreboards the posted final scoreboard of each round, by player name
     * @return the totals over every round settled so far
     */
    synchronized Reconciliation settle(
            Collection<String> roundIds,
            Collection<StoredAnswer> rows,
            Map<QuestionKey, String> correct,
            Map<String, Map<String, PostedScore>> scoreboards) {
        Map<Slot, StoredAnswer> stored = new HashMap<>();
        rows.stream()
                .filter(row -> roundIds.contains(row.slot().roundId()))
                .forEach(row -> stored.put(row.slot(), row));
        int sent = 0, recorded = 0, duplicates = 0, late = 0, other = 0, unacked = 0;
        int lost = 0, doubled = 0, wrong = 0;
        Map<String, Map<String, long[]>> expected = new HashMap<>();
        for (String roundId : roundIds) {
            settled.add(roundId);
            Map<Slot, Entry> entries = rounds.remove(roundId);
            if (entries == null) {
                continue;
            }
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
                duplicates +=
                        (int) acks.stream().filter(a -> a == Ack.DUPLICATE).count();
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
                long[] sums = expected.computeIfAbsent(slot.roundId(), r -> new HashMap<>())
                        .computeIfAbsent(names.get(slot.userId()), n -> new long[3]);
                sums[0] += row.points();
                sums[1] += row.answer().equals(correct.get(slot.question())) ? 1 : 0;
                sums[2]++;
            }
        }
        int mismatches = 0;
        int boards = 0;
        for (String roundId : roundIds) {
            Map<String, PostedScore> board = scoreboards.get(roundId);
            if (board == null) {
                continue;
            }
            boards++;
            Map<String, long[]> want = expected.getOrDefault(roundId, Map.of());
            if (!want.keySet().equals(board.keySet())) {
                mismatches++;
                continue;
            }
            for (Map.Entry<String, long[]> player : want.entrySet()) {
                PostedScore got = board.get(player.getKey());
                long[] w = player.getValue();
                if (got.points() != w[0] || got.correct() != w[1] || got.answered() != w[2]) {
                    mismatches++;
                }
            }
        }
        Reconciliation t = totals;
        totals = new Reconciliation(
                t.sent() + sent,
                t.recorded() + recorded,
                t.refusedDuplicates() + duplicates,
                t.late() + late,
                t.otherAcks() + other,
                t.unacknowledged() + unacked,
                t.lost() + lost,
                t.doubled() + doubled,
                t.rowsWithoutAck() + stored.size(),
                t.wrongAnswerStored() + wrong,
                t.scoreMismatches() + mismatches,
                t.scoreboardsChecked() + boards);
        return totals;
    }

    /** Receipts that arrived after their round was settled, more than 30 s after its scoreboard. */
    synchronized int receiptsAfterSettling() {
        return receiptsAfterSettling;
    }
}
