package dev.wenda.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShardRangeTest {
    private static ShardRange parse(String text, String instanceId) {
        return ShardRange.parse(text, OptionalInt.empty(), instanceId);
    }

    @Test
    @DisplayName("a count means every shard in this process; explicit ranges are taken as written")
    void explicitForms() {
        assertEquals(new ShardRange(0, 0, 1), parse("1", "x"));
        assertEquals(new ShardRange(0, 3, 4), parse("4", "x"));
        assertEquals(new ShardRange(0, 3, 8), parse("0-3/8", "x"));
        assertEquals(new ShardRange(5, 5, 8), parse("5/8", "x"));
        assertEquals("4-7/8", parse("4-7/8", "x").toString());
    }

    @Test
    @DisplayName("'T over N' gives slice i*T/N .. (i+1)*T/N-1, i being the pod ordinal at the end of the instance id")
    void spreadFromOrdinal() {
        assertEquals(new ShardRange(0, 3, 8), parse("8 over 2", "wenda-discord-0"));
        assertEquals(new ShardRange(4, 7, 8), parse("8 over 2", "wenda-discord-1"));
        assertEquals(new ShardRange(0, 2, 10), parse("10 over 3 processes", "wenda-discord-0"));
        assertEquals(new ShardRange(3, 5, 10), parse("10 over 3", "wenda-discord-1"));
        assertEquals(new ShardRange(6, 9, 10), parse("10 over 3", "wenda-discord-2"));
    }

    @Test
    @DisplayName("an explicit process index wins over the instance id")
    void explicitIndex() {
        assertEquals(new ShardRange(4, 7, 8), ShardRange.parse("8 over 2", OptionalInt.of(1), "no-number-here"));
    }

    @Test
    @DisplayName("impossible ranges and indexes are rejected with the value")
    void rejected() {
        assertEquals(
                "config: discord.shards must be a range within 0-7, was 4-9/8",
                assertThrows(ConfigException.class, () -> parse("4-9/8", "x")).getMessage());
        assertEquals(
                "config: discord.shards must be a shard count like '1', a range like '0-3/8', or a spread like '8 over 2',"
                        + " was 'auto'",
                assertThrows(ConfigException.class, () -> parse("auto", "x")).getMessage());
        assertEquals(
                "config: discord.process-index must be 0-1 for '8 over 2', was 2",
                assertThrows(ConfigException.class, () -> parse("8 over 2", "wenda-discord-2"))
                        .getMessage());
        assertEquals(
                "config: discord.process-index is needed for '8 over 2': set it, or use an instance.id ending in -N"
                        + " (a StatefulSet pod name), was instance.id 'laptop'",
                assertThrows(ConfigException.class, () -> parse("8 over 2", "laptop"))
                        .getMessage());
        assertEquals(
                "config: discord.shards needs at least one shard, was 0",
                assertThrows(ConfigException.class, () -> parse("0", "x")).getMessage());
        assertEquals(
                "config: discord.shards needs at least one shard per process, was 2 over 3",
                assertThrows(ConfigException.class, () -> parse("2 over 3", "w-0"))
                        .getMessage());
    }
}
