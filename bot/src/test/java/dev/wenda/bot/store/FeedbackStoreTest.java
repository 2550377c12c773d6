package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedbackStoreTest {
    private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a user's second click on an entry replaces the first; the summary puts the most 👎 first")
    void record_lastClickCounts_summaryMostUnhelpfulFirst(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            FeedbackStore store = new FeedbackStore(fresh.database());
            store.record("DISCORD", "g1", "alice", "e1", true, AT);
            store.record("DISCORD", "g1", "alice", "e1", false, AT.plusSeconds(5)); // changed her mind
            store.record("DISCORD", "g1", "bob", "e1", true, AT);
            store.record("DISCORD", "g1", "bob", "e2", true, AT);
            store.record("DISCORD", "g1", "bob", "e2", true, AT.plusSeconds(1)); // clicked twice
            store.record("SLACK", "T1", "alice", "e3", false, AT);
            store.record("SLACK", "T1", "carol", "e3", false, AT);

            assertEquals(
                    List.of(
                            new FeedbackStore.EntryFeedback("e3", 0, 2),
                            new FeedbackStore.EntryFeedback("e1", 1, 1),
                            new FeedbackStore.EntryFeedback("e2", 1, 0)),
                    store.summary(10));
            assertEquals(List.of(new FeedbackStore.EntryFeedback("e3", 0, 2)), store.summary(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void summary_needsAPositiveLimit(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            FeedbackStore store = new FeedbackStore(fresh.database());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.summary(0));
            assertEquals("limit must be at least 1, was 0", e.getMessage());
        }
    }
}
