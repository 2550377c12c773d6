package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
    private static final String COMPAT = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    @DisplayName("an H2 file URL writes every commit at once, so a SIGKILL loses no acknowledged row")
    void h2FileWritesEachCommit() {
        assertEquals(
                "jdbc:h2:file:./data/wenda" + COMPAT + ";WRITE_DELAY=0",
                StoreConfig.url("jdbc:h2:file:./data/wenda").jdbcUrl());
        assertEquals(
                "jdbc:h2:file:" + Path.of("/srv/wenda").toAbsolutePath().resolve("wenda") + COMPAT + ";WRITE_DELAY=0",
                StoreConfig.h2File(Path.of("/srv/wenda")).jdbcUrl());
    }

    @Test
    @DisplayName("a WRITE_DELAY given in the URL is kept; in-memory H2 and PostgreSQL URLs get no write option")
    void otherUrlsUnchanged() {
        assertEquals(
                "jdbc:h2:file:/d/w;WRITE_DELAY=200" + COMPAT,
                StoreConfig.url("jdbc:h2:file:/d/w;WRITE_DELAY=200").jdbcUrl());
        assertEquals("jdbc:h2:mem:x" + COMPAT, StoreConfig.url("jdbc:h2:mem:x").jdbcUrl());
        assertEquals(
                "jdbc:postgresql://127.0.0.1:5432/postgres",
                StoreConfig.url("jdbc:postgresql://127.0.0.1:5432/postgres").jdbcUrl());
    }
}
