package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.search.BgeEmbedder;
import dev.wenda.search.Embedder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GapGroupsTest {
    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");
    private static final Embedder BGE = new BgeEmbedder(Runnable::run, false);

    /** The bge model, counting the questions it embeds. */
    private static final class Counting implements Embedder {
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public String name() {
            return BGE.name();
        }

        @Override
        public int dimension() {
            return BGE.dimension();
        }

        @Override
        public float[] embedDocument(String text) {
            embedded.incrementAndGet();
            return BGE.embedDocument(text);
        }

        @Override
        public List<float[]> embedDocuments(List<String> texts) {
            embedded.addAndGet(texts.size());
            return BGE.embedDocuments(texts);
        }

        @Override
        public float[] embedQuery(String text) {
            embedded.incrementAndGet();
            return BGE.embedQuery(text);
        }
    }

    private static void gap(GapStore store, String platform, String community, String question, String decision) {
        store.record(platform, community, "c1", question, decision, Optional.empty(), AT);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "a second view with no new gap reuses the grouping; a new gap groups afresh, other communities stay cached")
    void of_reusesGroupingUntilANewGapArrives(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            GapStore store = new GapStore(db.database());
            Counting embedder = new Counting();
            GapGroups groups = new GapGroups(() -> store, () -> new GapReport(embedder));
            gap(store, "DISCORD", "g1", "lora 微调是什么", "NO_ANSWER");
            gap(store, "DISCORD", "g1", "什么是lora微调", "DID_YOU_MEAN");
            gap(store, "DISCORD", "g1", "扩散模型怎么采样", "NO_ANSWER");
            gap(store, "SLACK", "g1", "今天食堂吃什么", "NO_ANSWER");
            gap(store, "DISCORD", "g2", "梯度消失怎么办", "NO_ANSWER");

            GapGroups.Grouping first = groups.of(Optional.of("DISCORD"), "g1");
            assertEquals(
                    new GapGroups.Grouping(
                            3,
                            List.of(
                                    new GapReport.Group(
                                            2,
                                            List.of("lora 微调是什么", "什么是lora微调"),
                                            Map.of("NO_ANSWER", 1, "DID_YOU_MEAN", 1)),
                                    new GapReport.Group(1, List.of("扩散模型怎么采样"), Map.of("NO_ANSWER", 1)))),
                    first);
            assertEquals(3, embedder.embedded.get());
            GapGroups.Grouping other = groups.of(Optional.of("DISCORD"), "g2");
            assertEquals(4, embedder.embedded.get());

            assertSame(first, groups.of(Optional.of("DISCORD"), "g1"));
            assertEquals(4, embedder.embedded.get());
            assertEquals(4, groups.of(Optional.empty(), "g1").gaps(), "every platform's gaps: a grouping of its own");
            assertEquals(8, embedder.embedded.get());

            gap(store, "DISCORD", "g1", "lora微调的原理", "THUMBS_DOWN");
            GapGroups.Grouping after = groups.of(Optional.of("DISCORD"), "g1");
            assertEquals(4, after.gaps());
            assertEquals(3, after.groups().getFirst().count());
            assertEquals(12, embedder.embedded.get());
            assertSame(other, groups.of(Optional.of("DISCORD"), "g2"));
            assertEquals(12, embedder.embedded.get());
            assertEquals(List.of(after.groups().getFirst()), after.top(1));
            assertEquals(after.groups(), after.top(50));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a community without gaps has an empty grouping and embeds nothing")
    void of_noGaps_isEmpty(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            Counting embedder = new Counting();
            GapGroups groups = new GapGroups(() -> new GapStore(db.database()), () -> new GapReport(embedder));
            assertEquals(new GapGroups.Grouping(0, List.of()), groups.of(Optional.of("DISCORD"), "g1"));
            assertEquals(0, embedder.embedded.get());
        }
    }
}
