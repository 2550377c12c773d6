package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommunityBankTest {
    private static final QaEntry LORA = Fixtures.entry("deck", 1, "什么是LoRA微调", "在冻结的权重旁训练两个低秩矩阵，参数少。", "微调");

    private static List<String> ranked(SearchOutcome outcome) {
        return outcome.ranked().stream().map(h -> h.entry().id()).toList();
    }

    @Test
    @DisplayName("a community's own entry is found in its bank and in no other")
    void communityEntry_isSearchableOnlyInItsCommunity() {
        try (SearchService search = Fixtures.lexical(Fixtures.small())) {
            search.applyCommunity("g1", CommunityEdit.upsert(List.of(LORA)));
            assertEquals("deck-1", ranked(search.search("g1", "LoRA微调是什么")).getFirst());
            assertFalse(ranked(search.search("g2", "LoRA微调是什么")).contains("deck-1"));
            assertFalse(ranked(search.search("LoRA微调是什么")).contains("deck-1"));
            assertEquals(Optional.of(LORA), search.entry("g1", "deck-1"));
            assertEquals(Optional.empty(), search.entry("g2", "deck-1"));
            assertEquals(List.of(LORA), search.communityEntries("g1"));
            assertEquals(List.of(), search.communityEntries("g2"));
        }
    }

    @Test
    @DisplayName("a hidden base entry is gone for that community only, and comes back when shown")
    void hiddenBaseEntry_isSkippedForThatCommunityOnly() {
        try (SearchService search = Fixtures.lexical(Fixtures.small())) {
            search.applyCommunity("g1", new CommunityEdit(List.of(), List.of(), List.of("a-1"), List.of()));
            assertFalse(ranked(search.search("g1", "什么是dropout")).contains("a-1"));
            assertEquals(Optional.empty(), search.entry("g1", "a-1"));
            assertEquals("a-1", ranked(search.search("g2", "什么是dropout")).getFirst());
            assertEquals("a-1", ranked(search.search("什么是dropout")).getFirst());
            search.applyCommunity("g1", new CommunityEdit(List.of(), List.of(), List.of(), List.of("a-1")));
            assertEquals("a-1", ranked(search.search("g1", "什么是dropout")).getFirst());
        }
    }

    @Test
    @DisplayName("an edit replaces the entry's text and a removal drops it, without a rebuild of the base")
    void editAndRemoval_changeOnlyThatEntry() {
        try (SearchService search = Fixtures.lexical(Fixtures.small())) {
            long baseVersion = search.indexVersion();
            search.applyCommunity("g1", CommunityEdit.upsert(List.of(LORA)));
            QaEntry edited = Fixtures.entry("deck", 1, "什么是知识蒸馏", "用大模型的软标签训练小模型。", "压缩");
            search.applyCommunity("g1", CommunityEdit.upsert(List.of(edited)));
            assertEquals("deck-1", ranked(search.search("g1", "知识蒸馏是什么")).getFirst());
            assertEquals(Optional.of(edited), search.entry("g1", "deck-1"));
            assertEquals(1, search.communityEntries("g1").size());
            search.applyCommunity("g1", new CommunityEdit(List.of(), List.of("deck-1"), List.of(), List.of()));
            assertFalse(ranked(search.search("g1", "知识蒸馏是什么")).contains("deck-1"));
            assertEquals(Optional.empty(), search.entry("g1", "deck-1"));
            assertEquals(baseVersion, search.indexVersion());
        }
    }

    @Test
    @DisplayName("the overlay decides exactly as one index built over the same entries")
    void overlay_decidesLikeAFullIndexOfTheSameEntries() {
        List<QaEntry> all = new ArrayList<>(Fixtures.small().entries());
        all.add(LORA);
        ContentBank whole = new ContentBank(all, List.of(), "whole");
        List<String> questions = List.of("LoRA微调是什么", "什么是dropout", "BN的作用", "今天天气怎么样", "卷积");
        try (SearchService overlaid = Fixtures.lexical(Fixtures.small());
                SearchService full = Fixtures.lexical(whole)) {
            overlaid.applyCommunity("g1", CommunityEdit.upsert(List.of(LORA)));
            for (String q : questions) {
                SearchOutcome a = overlaid.search("g1", q, SearchMode.LEXICAL);
                SearchOutcome b = full.search(q, SearchMode.LEXICAL);
                assertEquals(b.getClass(), a.getClass(), q);
                assertEquals(ranked(b), ranked(a), q);
                for (int i = 0; i < b.ranked().size(); i++) {
                    assertEquals(b.ranked().get(i).score(), a.ranked().get(i).score(), 1e-6, q);
                }
            }
        }
    }

    @Test
    @DisplayName("a search after an edit never sees the cached result from before it")
    void edit_invalidatesTheCommunitysCachedResults() {
        try (SearchService search = Fixtures.lexical(Fixtures.small())) {
            search.applyCommunity("g1", new CommunityEdit(List.of(), List.of(), List.of(), List.of()));
            assertFalse(ranked(search.search("g1", "LoRA微调是什么")).contains("deck-1"));
            search.applyCommunity("g1", CommunityEdit.upsert(List.of(LORA)));
            assertTrue(ranked(search.search("g1", "LoRA微调是什么")).contains("deck-1"));
        }
    }
}
