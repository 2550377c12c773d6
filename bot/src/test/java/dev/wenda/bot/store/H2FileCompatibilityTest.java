package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.store.FeedbackStore.EntryFeedback;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file written by the H2 version Wenda shipped before (2.3.232, with Flyway 11 and the V1-V3
 * migrations) still opens with the current one: an operator's {@code ./data/wenda.mv.db} survives
 * the upgrade. The resource was made by the previous jar: {@code Database.open} on
 * {@code StoreConfig.h2File}, then two feedback clicks and a study group with two members.
 */
class H2FileCompatibilityTest {
    private static final String OLD_FILE = "h2-2.3.232/wenda.mv.db";

    @TempDir
    Path dataDir;

    @Test
    @DisplayName(
            "a store file written by H2 2.3.232 opens without a file-format migration, keeps its rows and gets the newer schema migrations")
    void fileFromPreviousH2_opensWithItsRows() throws Exception {
        try (InputStream old = H2FileCompatibilityTest.class.getResourceAsStream(OLD_FILE)) {
            Files.copy(old, dataDir.resolve("wenda.mv.db"));
        }
        try (Database database = Database.open(StoreConfig.h2File(dataDir))) {
            assertEquals(
                    List.of(new EntryFeedback("000_0499e02e3bd88c97#13", 1, 1)),
                    new FeedbackStore(database).summary(10));
            assertEquals(
                    List.of(new GroupRow("cv-study", 2, true)), new StudyGroups(database).list("discord", "g1", "u2"));
            assertEquals(
                    schemaVersions(),
                    database.jdbc()
                            .query(
                                    "select version from \"flyway_schema_history\" where version is not null"
                                            + " order by installed_rank",
                                    row -> row.getString(1)));
        }
    }

    /** The versions of every Flyway migration the bot ships, in order (the old file had V1-V3). */
    private static List<String> schemaVersions() throws Exception {
        Path dir = Path.of(Database.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }
}
