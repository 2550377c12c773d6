package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.store.TestDatabases.Backend;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserDataTest {
    private static void insertRound(Jdbc jdbc, String id, String starter, boolean personal, String key) {
        jdbc.update(
                "insert into rounds (id, platform, community, channel, channel_key, starter_id, starter_name, topic,"
                        + " locale, personal, question_count, seconds, status, current_no, started_at)"
                        + " values (?, 'DISCORD', 'g1', 'c1', ?, ?, ?, '', 'en', ?, 3, 30, 'ENDED', 3, 0)",
                id,
                key,
                starter,
                starter + "-name",
                personal);
    }

    private static void insertAnswer(Jdbc jdbc, String round, String user, int points) {
        jdbc.update(
                "insert into answers (round_id, question_no, user_id, user_name, answer, graded, correct,"
                        + " first_correct, points, streak, topic, entry_id, answered_at)"
                        + " values (?, 1, ?, ?, 'A', true, true, false, ?, 0, '', 'e#1', 0)",
                round,
                user,
                user + "-name",
                points);
    }

    private static List<String> column(Jdbc jdbc, String sql) {
        return jdbc.query(sql, row -> row.getString(1));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("forgetting a user deletes their answers, memberships, reviews and personal rounds and"
            + " removes their name from rounds they started; other players' data stays")
    void forget(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            Jdbc jdbc = db.database().jdbc();
            insertRound(jdbc, "r1", "ann", false, "DISCORD:g1:c1");
            insertRound(jdbc, "r2", "ann", true, "DISCORD:g1:c1/review/ann");
            insertAnswer(jdbc, "r1", "ann", 100);
            insertAnswer(jdbc, "r1", "bob", 80);
            insertAnswer(jdbc, "r2", "ann", 50);
            jdbc.update("insert into group_members values ('DISCORD', 'g1', 'cnn', 'ann', 0)");
            jdbc.update("insert into group_members values ('DISCORD', 'g1', 'cnn', 'bob', 0)");
            jdbc.update("insert into review_items values ('DISCORD', 'g1', 'ann', 'e#1', 0, 0)");
            jdbc.update("insert into review_items values ('SLACK', 'T1', 'ann', 'e#1', 0, 0)");

            UserData.Forgotten forgotten = new UserData(db.database()).forget("DISCORD", "ann");

            // deleted: r2's answer, round r2, ann's r1 answer, one membership, one review item
            assertEquals(new UserData.Forgotten(5, 1), forgotten);
            assertEquals(List.of("bob"), column(jdbc, "select user_id from answers order by user_id"));
            assertEquals(List.of("r1"), column(jdbc, "select id from rounds"));
            assertEquals(List.of("(forgotten)"), column(jdbc, "select starter_name from rounds"));
            assertEquals(List.of("bob"), column(jdbc, "select user_id from group_members"));
            assertEquals(List.of("SLACK"), column(jdbc, "select platform from review_items"));
            assertEquals(new UserData.Forgotten(0, 0), new UserData(db.database()).forget("DISCORD", "ann"));
        }
    }
}
