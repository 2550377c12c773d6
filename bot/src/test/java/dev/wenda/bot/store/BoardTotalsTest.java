package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.store.TestDatabases.Backend;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The boards read per-round totals ({@code board_totals}, V18) kept by the answer's transaction;
 * they must rank exactly as totalling the answers themselves did. Random histories (rounds across
 * the time zone's midnight and across a season reset, personal rounds, ungraded marks, renamed
 * players, tied points, two channels, a study group, a second community) are compared with the
 * former query for periods starting and ending at, just before and just after those instants.
 */
class BoardTotalsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A Monday 00:00 in the zone: where this week's board starts. */
    private static final long MIDNIGHT =
            LocalDate.of(2026, 3, 16).atStartOfDay(ZONE).toInstant().toEpochMilli();
    /** A season reset in the middle of rounds. */
    private static final long RESET = MIDNIGHT + 7_777_777;

    private static final long HOUR = 3_600_000;
    private static final List<String> USERS = List.of("u0", "u1", "u2", "u3", "u4", "u5");
    private static final List<String> NAMES = List.of("Ann", "ann", "Bob", "陈", "bob");

    /** The query the boards ran before V18: every graded answer of the period's public rounds. */
    private static List<Standing> fromAnswers(Database db, BoardQuery query, long until) {
        List<Object> params = new ArrayList<>(List.of(query.platform(), query.community(), query.since(), until));
        StringBuilder sql = new StringBuilder("select a.user_id, max(a.user_name), sum(a.points),"
                + " sum(case when a.correct then 1 else 0 end), count(*), count(distinct a.round_id), max(a.streak)"
                + " from answers a join rounds r on r.id = a.round_id"
                + " where r.platform = ? and r.community = ? and r.personal = false and a.graded = true"
                + " and a.answered_at >= ? and a.answered_at < ?");
        query.channel().ifPresent(channel -> {
            sql.append(" and r.channel = ?");
            params.add(channel);
        });
        query.group().ifPresent(group -> {
            sql.append(" and a.user_id in (select m.user_id from group_members m"
                    + " where m.platform = ? and m.community = ? and m.name = ?)");
            params.addAll(List.of(query.platform(), query.community(), group));
        });
        sql.append(" group by a.user_id order by 3 desc, 4 desc, 5, 2, 1 limit ")
                .append(query.limit());
        return db.jdbc().query(sql.toString(), Standings::standing, params.toArray());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void top_randomHistories_ranksExactlyAsTotallingTheAnswers(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            Database db = fresh.database();
            Standings standings = new Standings(db);
            QuizStore quiz = new QuizStore(db);
            StudyGroups groups = new StudyGroups(db);
            int compared = 0;
            for (int seed = 1; seed <= 8; seed++) {
                SplittableRandom random = new SplittableRandom(seed);
                String community = "c" + seed;
                List<Long> times = history(db, quiz, groups, random, community);
                history(db, quiz, groups, random, community + "x");
                List<Long> sinces = new ArrayList<>(List.of(
                        0L, MIDNIGHT - 1, MIDNIGHT, MIDNIGHT + 1, RESET - 1, RESET, RESET + 1, MIDNIGHT + 24 * HOUR));
                List<Long> untils = new ArrayList<>(List.of(Long.MAX_VALUE, RESET, RESET + 1, MIDNIGHT));
                for (int i = 0; i < 3; i++) {
                    sinces.add(times.get(random.nextInt(times.size())));
                    untils.add(times.get(random.nextInt(times.size())));
                }
                for (long since : sinces) {
                    for (long until : untils) {
                        for (Optional<String> channel : List.of(Optional.<String>empty(), Optional.of("ch0"))) {
                            for (Optional<String> group : List.of(Optional.<String>empty(), Optional.of("g"))) {
                                for (int limit : new int[] {2, 25}) {
                                    BoardQuery query =
                                            new BoardQuery("DISCORD", community, channel, group, since, limit);
                                    assertEquals(
                                            fromAnswers(db, query, until),
                                            standings.top(query, until),
                                            "seed " + seed + ", " + query + ", until " + until);
                                    compared++;
                                }
                            }
                        }
                    }
                }
            }
            assertEquals(8 * 11 * 7 * 2 * 2 * 2, compared);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void migration_backfillOfExistingAnswers_equalsTheTotalsKeptAnswerByAnswer(Backend backend) throws Exception {
        try (var fresh = TestDatabases.open(backend)) {
            Database db = fresh.database();
            SplittableRandom random = new SplittableRandom(99);
            for (int i = 0; i < 4; i++) {
                history(db, new QuizStore(db), new StudyGroups(db), random, "c" + i);
            }
            String all = "select round_id, user_id, platform, community, channel, first_at, last_at, answers, correct,"
                    + " points, best_streak, user_name from board_totals order by round_id, user_id";
            Jdbc.RowMapper<String> row = r -> {
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= 12; c++) {
                    line.append(r.getString(c)).append('|');
                }
                return line.toString();
            };
            String players = "select platform, community, user_id, first_at, last_at, answers, correct, points,"
                    + " rounds, best_streak, user_name, '', '' from board_players order by platform, community, user_id";
            List<String> kept = db.jdbc().query(all, row);
            List<String> keptPlayers = db.jdbc().query(players, row);

            db.jdbc().update("delete from board_players");
            db.jdbc().update("delete from board_totals");
            db.jdbc().update(backfill("insert into board_totals"));
            db.jdbc().update(backfill("insert into board_players"));

            assertEquals(kept, db.jdbc().query(all, row));
            assertEquals(keptPlayers, db.jdbc().query(players, row));
            assertEquals(
                    db.jdbc()
                            .queryOne(
                                    "select count(*) from (select distinct a.round_id, a.user_id from answers a"
                                            + " join rounds r on r.id = a.round_id"
                                            + " where r.personal = false and a.graded = true) p",
                                    r -> r.getInt(1))
                            .orElseThrow(),
                    kept.size());
        }
    }

    /** V18's statement starting with {@code start} that totals what was recorded before it. */
    static String backfill(String start) throws Exception {
        try (var in =
                BoardTotalsTest.class.getClassLoader().getResourceAsStream("db/migration/V18__board_totals.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Arrays.stream(text.split(";"))
                    .map(String::strip)
                    .filter(sql -> sql.startsWith(start))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * Writes a random history of one community through {@link QuizStore#recordAnswer} (so the
     * totals are kept as in production) and returns its answer times.
     */
    private static List<Long> history(
            Database db, QuizStore quiz, StudyGroups groups, SplittableRandom random, String community) {
        for (String user : USERS) {
            if (random.nextInt(2) == 0) {
                if (!groups.exists("DISCORD", community, "g")) {
                    groups.create("DISCORD", community, "g", user, MIDNIGHT);
                } else {
                    groups.join("DISCORD", community, "g", user, MIDNIGHT);
                }
            }
        }
        List<Long> anchors = List.of(MIDNIGHT - 1, MIDNIGHT, MIDNIGHT + 1, RESET - 1, RESET, RESET + 1);
        List<Long> times = new ArrayList<>();
        int rounds = 4 + random.nextInt(5);
        for (int r = 0; r < rounds; r++) {
            String id = community + "-r" + r;
            boolean personal = random.nextInt(6) == 0;
            int questions = 1 + random.nextInt(4);
            insertRound(db, id, community, "ch" + random.nextInt(2), personal, questions);
            // Around midnight or the reset, a round lasting up to two hours (across either, or not).
            long start = (random.nextBoolean() ? MIDNIGHT : RESET) - random.nextLong(2 * HOUR);
            for (String user : USERS) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                for (int no = 1; no <= questions; no++) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    long at = random.nextInt(3) == 0
                            ? anchors.get(random.nextInt(anchors.size()))
                            : start + random.nextLong(2 * HOUR);
                    boolean graded = random.nextInt(8) != 0;
                    boolean correct = graded && random.nextBoolean();
                    quiz.recordAnswer(
                            new AnswerDraft(
                                    id,
                                    no,
                                    user,
                                    NAMES.get(random.nextInt(NAMES.size())),
                                    "A",
                                    graded,
                                    correct,
                                    "cnn",
                                    "e" + no,
                                    at),
                            no == 1 ? OptionalInt.empty() : OptionalInt.of(no - 1),
                            false,
                            (first, streak) -> first ? 2 : 1);
                    times.add(at);
                }
            }
        }
        return times;
    }

    private static void insertRound(
            Database db, String id, String community, String channel, boolean personal, int questions) {
        db.jdbc()
                .update(
                        "insert into rounds (id, platform, community, channel, channel_key, starter_id, starter_name,"
                                + " topic, locale, personal, question_count, seconds, status, current_no, started_at)"
                                + " values (?, 'DISCORD', ?, ?, ?, 'u0', 'Ann', '', 'en', ?, ?, 30, 'ENDED', 1, ?)",
                        id,
                        community,
                        channel,
                        "DISCORD:" + community + ":" + channel + ":" + id,
                        personal,
                        questions,
                        MIDNIGHT);
        for (int no = 1; no <= questions; no++) {
            db.jdbc()
                    .update(
                            "insert into round_questions (round_id, question_no, kind, entry_id, topic, payload,"
                                    + " revealed) values (?, ?, 'CHOICE', ?, 'cnn', '{}', false)",
                            id,
                            no,
                            "e" + no);
        }
    }
}
