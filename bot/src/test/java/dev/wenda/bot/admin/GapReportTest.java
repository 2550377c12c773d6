package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.store.GapStore;
import dev.wenda.search.BgeEmbedder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GapReportTest {
    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    private static void add(List<GapStore.Row> rows, String question, String decision, int times) {
        for (int i = 0; i < times; i++) {
            rows.add(new GapStore.Row("DISCORD", "g1", "c1", question, decision, AT));
        }
    }

    @Test
    @DisplayName("gaps asking the same thing in other words form one group, largest first, with examples and counts")
    void groups_byMeaning_largestFirst() {
        List<GapStore.Row> rows = new ArrayList<>();
        add(rows, "lora 微调是什么", "NO_ANSWER", 3);
        add(rows, "什么是lora微调", "DID_YOU_MEAN", 2);
        add(rows, "lora微调的原理", "NO_ANSWER", 1);
        add(rows, "今天食堂吃什么", "NO_ANSWER", 1);
        add(rows, "扩散模型怎么采样", "DID_YOU_MEAN", 2);
        List<GapReport.Group> groups = new GapReport(new BgeEmbedder(Runnable::run, false)).groups(rows, 10);
        assertEquals(
                List.of(
                        new GapReport.Group(
                                6,
                                List.of("lora 微调是什么", "什么是lora微调", "lora微调的原理"),
                                Map.of("NO_ANSWER", 4, "DID_YOU_MEAN", 2)),
                        new GapReport.Group(2, List.of("扩散模型怎么采样"), Map.of("DID_YOU_MEAN", 2)),
                        new GapReport.Group(1, List.of("今天食堂吃什么"), Map.of("NO_ANSWER", 1))),
                groups);
        assertEquals(
                1,
                new GapReport(new BgeEmbedder(Runnable::run, false))
                        .groups(rows, 1)
                        .size());
    }
}
