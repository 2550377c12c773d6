package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chat text is analyzed, never parsed: Lucene query syntax in a message is just characters. */
class QuerySafetyTest {
    private static SearchService search;

    @BeforeAll
    static void open() {
        search = Fixtures.lexical(Fixtures.small());
    }

    @AfterAll
    static void close() {
        search.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "?",
                "AND",
                "OR NOT",
                "\"",
                "~",
                ":",
                "\\",
                "dropout*",
                "dro?out",
                "dropout~2",
                "a:b",
                "\"unclosed",
                "(((",
                "[1 TO 5]",
                "+-&&||!(){}[]^\"~*?:\\/",
                "🤖🔥 dropout 🎉",
                "",
                "   ",
                "\u0000\u200b"
            })
    void search_treatsQuerySyntaxAndEmojiAsText(String message) {
        SearchOutcome outcome = search.search(message);
        assertEquals(5, outcome.ranked().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dropout*", "🤖 dropout 是什么 🎉", "dropout AND \"什么\""})
    void search_stillFindsTheEntryAroundTheSyntax(String message) {
        SearchOutcome outcome = search.searchUncached(message, SearchMode.LEXICAL);
        assertEquals("a-1", outcome.ranked().getFirst().entry().id());
    }

    @org.junit.jupiter.api.Test
    void search_truncatesATenThousandCharacterMessage() {
        String huge = "dropout 是什么 ".repeat(1000).substring(0, 10_000);
        SearchOutcome outcome = search.search(huge);
        assertEquals("a-1", outcome.ranked().getFirst().entry().id());
        assertInstanceOf(SearchOutcome.class, search.search("感受野".repeat(5_000)));
    }

    @org.junit.jupiter.api.Test
    void truncate_cutsToTheLimitWithoutSplittingASurrogatePair() {
        assertEquals(
                SearchService.MAX_QUERY_CHARS,
                SearchService.truncate("x".repeat(10_000)).length());
        String emoji = "x".repeat(SearchService.MAX_QUERY_CHARS - 1) + "😀" + "tail";
        assertEquals("x".repeat(SearchService.MAX_QUERY_CHARS - 1), SearchService.truncate(emoji));
    }
}
