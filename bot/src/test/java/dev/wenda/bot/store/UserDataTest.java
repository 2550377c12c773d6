package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserDataTest {
    private static final String DISCORD = "DISCORD";

    /** A round in {@code community} started by {@code starter}, its first question open. */
    static void round(QuizStore store, String id, String community, String starter) {
        round(store, id, community, starter, false);
    }

    static void round(QuizStore store, String id, String community, String starter, boolean personal) {
        RoundRow row = new RoundRow(
                id,
                Platform.DISCORD,
                community,
                "chan",
                DISCORD + ":" + community + ":chan" + (personal ? ":" + starter : ":" + id),
                starter,
                starter + "-name",
                "",
                Locale.ENGLISH,
                personal,
                2,
                30,
                true,
                0,
                1_000,
                OptionalLong.empty(),
                Optional.of("bot-1"),
                OptionalLong.of(100_000));
        store.createRound(
                row,
                List.of(
                        QuestionRow.unposted(id, 1, "CHOICE", "e1", "cnn", "{}"),
                        QuestionRow.unposted(id, 2, "CHOICE", "e2", "cnn", "{}")),
                "",
                List.of("e1", "e2"));
        store.openQuestion(id, 1, 1_000, 31_000);
        store.openQuestion(id, 2, 1_000, 31_000);
    }

    static void answer(QuizStore store, String round, int no, String user, boolean correct) {
        store.recordAnswer(
                new AnswerDraft(round, no, user, user + "-name", "A", true, correct, "cnn", "e" + no, 2_000),
                OptionalInt.empty(),
                true,
                (first, streak) -> 100);
    }

    private static int count(Database db, String sql, Object... params) {
        return db.jdbc().queryOne(sql, row -> row.getInt(1), params).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("forgetting a user deletes their answers, memberships and reviews in that community only,"
            + " anonymises what they started, and leaves everyone else's data alone")
    void forgetUser_deletesAndAnonymises_onlyThatUserInThatCommunity(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            Database db = fresh.database();
            QuizStore store = new QuizStore(db);
            StudyGroups groups = new StudyGroups(db);
            Seasons seasons = new Seasons(db);
            ReviewQueue reviews = new ReviewQueue(db);
            round(store, "r1", "g1", "alice");
            answer(store, "r1", 1, "alice", true);
            answer(store, "r1", 2, "alice", false);
            answer(store, "r1", 1, "bob", false);
            store.voteSkip("r1", 2, "alice");
            store.voteSkip("r1", 2, "bob");
            round(store, "r2", "g2", "bob");
            answer(store, "r2", 1, "alice", true);
            groups.create(DISCORD, "g1", "study", "alice", 1_000);
            groups.join(DISCORD, "g1", "study", "bob", 1_000);
            groups.create(DISCORD, "g1", "night", "bob", 1_000);
            groups.join(DISCORD, "g1", "night", "alice", 1_000);
            reviews.missed(DISCORD, "g1", "alice", "e2", 2_000);
            reviews.missed(DISCORD, "g1", "bob", "e1", 2_000);
            reviews.missed(DISCORD, "g2", "alice", "e9", 2_000);
            seasons.archive(DISCORD, "g1", "SERVER", "", 3_000, "alice", "alice-name");
            FeedbackStore feedback = new FeedbackStore(db);
            feedback.record(DISCORD, "g1", "alice", "e2", false, Instant.ofEpochMilli(4_000));
            feedback.record(DISCORD, "g1", "bob", "e2", true, Instant.ofEpochMilli(4_000));
            feedback.record(DISCORD, "g2", "alice", "e2", true, Instant.ofEpochMilli(4_000));

            Map<String, Integer> counts = new UserData(db).forgetUser(DISCORD, Optional.of("g1"), "alice");

            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("rounds (personal, deleted)", 0);
            expected.put("personal round rows (deleted)", 0);
            expected.put("answers (deleted)", 2);
            expected.put("first_correct (deleted)", 1);
            expected.put("skip_votes (deleted)", 1);
            expected.put("board_totals (deleted)", 1);
            expected.put("board_players (deleted)", 1);
            expected.put("group_members (deleted)", 2);
            expected.put("review_items (deleted)", 1);
            expected.put("answer_feedback (deleted)", 1);
            expected.put("rounds (anonymised)", 1);
            expected.put("study_groups (anonymised)", 1);
            expected.put("seasons (anonymised)", 1);
            assertEquals(expected, counts);
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(counts.keySet()));

            assertEquals(0, count(db, "select count(*) from answers where user_id = 'alice' and round_id = 'r1'"));
            assertEquals(1, count(db, "select count(*) from answers where user_id = 'alice' and round_id = 'r2'"));
            assertEquals(1, count(db, "select count(*) from answers where user_id = 'bob'"));
            assertEquals(
                    List.of("r2"),
                    db.jdbc().query("select round_id from board_totals where user_id = 'alice'", r -> r.getString(1)),
                    "alice's totals in g2 stay");
            assertEquals(
                    0, count(db, "select count(*) from first_correct where user_id = 'alice' and round_id = 'r1'"));
            assertEquals(1, count(db, "select count(*) from skip_votes where user_id = 'bob'"));
            assertEquals(2, count(db, "select count(*) from group_members where user_id = 'bob'"));
            assertEquals(1, count(db, "select count(*) from review_items where user_id = 'alice'"));
            assertEquals(1, count(db, "select count(*) from review_items where user_id = 'bob'"));
            assertEquals(List.of(new FeedbackStore.EntryFeedback("e2", 2, 0)), feedback.summary(10));
            assertEquals(
                    1,
                    count(
                            db,
                            "select count(*) from rounds where id = 'r1' and starter_id = ? and starter_name = ?",
                            UserData.FORGOTTEN,
                            UserData.FORGOTTEN));
            assertEquals(1, count(db, "select count(*) from rounds where id = 'r2' and starter_id = 'bob'"));
            assertEquals(
                    "(forgotten)",
                    seasons.list(DISCORD, "g1", "SERVER", "").getFirst().resetByName());
            assertEquals(
                    0,
                    count(
                            db,
                            "select count(*) from rounds r join answers a on a.round_id = r.id"
                                    + " where r.community = 'g1' and (a.user_id = 'alice' or a.user_name = 'alice-name')"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("forgetting a user with nothing stored changes nothing and reports zeros")
    void forgetUser_unknown_reportsZeros(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            Map<String, Integer> counts = new UserData(fresh.database()).forgetUser("SLACK", Optional.empty(), "U404");
            assertEquals(13, counts.size());
            assertTrue(counts.values().stream().allMatch(n -> n == 0), counts.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("deleting a group removes it, its memberships and its board seasons; answers stay")
    void deleteGroup_removesGroupAndMemberships(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            Database db = fresh.database();
            StudyGroups groups = new StudyGroups(db);
            Seasons seasons = new Seasons(db);
            ReviewQueue reviews = new ReviewQueue(db);
            QuizStore store = new QuizStore(db);
            round(store, "r1", "g1", "alice");
            answer(store, "r1", 1, "alice", true);
            groups.create(DISCORD, "g1", "study", "alice", 1_000);
            groups.join(DISCORD, "g1", "study", "bob", 1_000);
            groups.create(DISCORD, "g2", "study", "carol", 1_000);
            seasons.archive(DISCORD, "g1", "GROUP", "study", 3_000, "alice", "alice");

            assertEquals(Optional.of(2), groups.delete(DISCORD, "g1", "study"));

            assertFalse(groups.exists(DISCORD, "g1", "study"));
            assertTrue(groups.exists(DISCORD, "g2", "study"));
            assertEquals(List.of(), seasons.list(DISCORD, "g1", "GROUP", "study"));
            assertEquals(0, count(db, "select count(*) from group_members where community = 'g1'"));
            assertEquals(1, count(db, "select count(*) from answers"));
            assertEquals(Optional.empty(), groups.delete(DISCORD, "g1", "study"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("without a community, the user is forgotten in every community of the platform, personal review"
            + " rounds included; other platforms keep their data")
    void forgetUser_everyCommunity_includesPersonalRounds(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            Database db = fresh.database();
            QuizStore store = new QuizStore(db);
            StudyGroups groups = new StudyGroups(db);
            Seasons seasons = new Seasons(db);
            ReviewQueue reviews = new ReviewQueue(db);
            round(store, "r1", "g1", "bob");
            answer(store, "r1", 1, "alice", true);
            round(store, "r2", "g2", "bob");
            answer(store, "r2", 1, "alice", false);
            round(store, "p1", "g1", "alice", true);
            answer(store, "p1", 1, "alice", true);
            reviews.missed("SLACK", "T1", "alice", "e1", 2_000);
            // Communities whose boards have no version yet (answers from before board versions).
            db.jdbc().update("delete from board_versions");

            Map<String, Integer> counts = new UserData(db).forgetUser(DISCORD, Optional.empty(), "alice");

            // Every community whose boards showed alice has a new version: cached boards drop her.
            BoardVersions versions = new BoardVersions(db);
            assertEquals(
                    List.of(1L, 1L, 0L),
                    List.of(
                            versions.version(DISCORD, "g1"),
                            versions.version(DISCORD, "g2"),
                            versions.version(DISCORD, "g3")));

            assertEquals(1, counts.get("rounds (personal, deleted)"));
            // p1: one answer, one first-correct mark, two questions, the active-round row, two seen entries
            assertEquals(7, counts.get("personal round rows (deleted)"));
            assertEquals(2, counts.get("answers (deleted)"));
            assertEquals(0, count(db, "select count(*) from rounds where id = 'p1'"));
            assertEquals(0, count(db, "select count(*) from round_questions where round_id = 'p1'"));
            assertEquals(0, count(db, "select count(*) from seen_entries where channel_key like '%:alice'"));
            assertEquals(0, count(db, "select count(*) from answers where user_id = 'alice'"));
            assertEquals(4, count(db, "select count(*) from round_questions"));
            assertEquals(1, count(db, "select count(*) from review_items where platform = 'SLACK'"));
        }
    }
}
