package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchQuestionPoolTest {
    private SearchService search;
    private SearchQuestionPool pool;

    private static QaEntry entry(int n, String question, String answer, String tag) {
        return new QaEntry(
                "t-" + n, question, answer, List.of(new SourceRef("t", n, n)), List.of(tag), List.of(), List.of());
    }

    @BeforeEach
    void open() {
        List<QaEntry> entries = List.of(
                entry(1, "Batch Normalization 的作用是什么？", "对每个 mini-batch 归一化。", "归一化"),
                entry(2, "Layer Normalization 和 Batch Normalization 的区别？", "LN 按样本归一化。", "归一化"),
                entry(3, "dropout 为什么能防止过拟合？", "随机丢弃神经元。", "正则化"),
                entry(4, "Adam 优化器的原理？", "一阶和二阶矩估计。", "优化"));
        search = SearchService.open(
                new ContentBank(entries, List.of(), "test"),
                SearchConfig.defaults().withDense(false),
                Optional.empty(),
                IndexProgress.NONE);
        pool = new SearchQuestionPool(() -> search);
    }

    @AfterEach
    void close() {
        search.close();
    }

    @Test
    @DisplayName("a tag picks its entries; free text picks the entries search finds; blank picks all")
    void entries_byTagOrText() {
        assertEquals(List.of("t-1", "t-2"), ids(pool.entries("归一化")));
        assertEquals(List.of("t-3"), ids(pool.entries("dropout")));
        assertEquals(4, pool.entries(" ").size());
    }

    @Test
    @DisplayName("the closest entry to a question is the one search ranks first, never the entry itself")
    void similar_rankedBySearch() {
        QaEntry bn = pool.entry("t-1").orElseThrow();
        List<QaEntry> close = pool.similar(bn, 2);
        assertEquals("t-2", close.getFirst().id());
        assertEquals(false, ids(close).contains("t-1"));
    }

    private static List<String> ids(List<QaEntry> entries) {
        return entries.stream().map(QaEntry::id).toList();
    }
}
