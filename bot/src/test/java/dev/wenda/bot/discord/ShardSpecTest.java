package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShardSpecTest {
    @ParameterizedTest(name = "{0} -> shards {1}-{2} of {3}")
    @CsvSource({"0-3/8, 0, 3, 8", "4-7/8, 4, 7, 8", "2/8, 2, 2, 8", "1, 0, 0, 1", "4, 0, 3, 4", " 0-0/1 , 0, 0, 1"})
    void parse_acceptsTheDocumentedForms(String text, int first, int last, int total) {
        assertEquals(new ShardSpec(first, last, total), ShardSpec.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0-8/8 | shard range 0-8 does not fit in 8 shards (ids are 0-7)",
                "3-1/8 | shard range must satisfy 0 <= first <= last, was 3-1",
                "0/0 | shard total must be at least 1, was 0",
                "0 | shard total must be at least 1, was 0",
                "a-b/c | shard spec must look like 0-3/8, 2/8 or 1, was 'a-b/c'",
                "0-3 | shard spec must look like 0-3/8, 2/8 or 1, was '0-3'"
            })
    void parse_rejectsBadSpecsNamingThem(String text, String message) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, () -> ShardSpec.parse(text))
                        .getMessage());
    }

    @Test
    @DisplayName("count and toString describe the range")
    void countAndToString() {
        ShardSpec spec = ShardSpec.parse("4-7/8");
        assertEquals(4, spec.count());
        assertEquals("4-7/8", spec.toString());
        assertEquals("0-0/1", ShardSpec.single().toString());
    }
}
