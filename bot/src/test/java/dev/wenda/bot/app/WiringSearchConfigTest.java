package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchMode;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.SearchService;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WiringSearchConfigTest {
    private static Wiring wiring(Map<String, String> env) {
        return new Wiring(new ConfigLoader(env, () -> "test").load(Optional.empty()));
    }

    @Test
    @DisplayName("dense retrieval is on unless search.dense says otherwise")
    void denseOnByDefault() {
        assertTrue(wiring(Map.of()).searchConfig().dense());
        assertFalse(wiring(Map.of("WENDA_SEARCH_DENSE", "false")).searchConfig().dense());
    }

    @Test
    @DisplayName("with search.dense false the bot searches lexically alone and still answers from the bank")
    void denseOffSearchesLexically() {
        Wiring wiring = wiring(Map.of("WENDA_SEARCH_DENSE", "false"));
        wiring.useSearchConfig(wiring.searchConfig().withDataDir(Optional.empty()));
        try (SearchService search = wiring.search(IndexProgress.NONE)) {
            assertEquals(SearchMode.LEXICAL, search.defaultMode());
            SearchOutcome outcome = search.search("dropout 为什么能防止过拟合");
            assertEquals(
                    "有哪些方式可以防止神经网络过拟合?", outcome.ranked().getFirst().entry().question());
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> search.search("dropout", SearchMode.HYBRID));
            assertEquals("mode HYBRID needs the embedding model, but dense search is off", e.getMessage());
        }
    }
}
