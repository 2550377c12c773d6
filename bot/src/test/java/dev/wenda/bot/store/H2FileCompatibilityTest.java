package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.store.FeedbackStore.EntryFeedback;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    @DisplayName("a store file written by H2 2.3.232 opens, needs no migration and keeps its rows")
    void fileFromPreviousH2_opensWithItsRows() throws IOException {
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
                    List.of("1", "2", "3"),
                    database.jdbc()
                            .query(
                                    "select version from \"flyway_schema_history\" where version is not null"
                                            + " order by installed_rank",
                                    row -> row.getString(1)));
        }
    }
}
