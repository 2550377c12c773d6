package dev.wenda.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    @DisplayName("columns align in a code block, Chinese characters counting two columns")
    void toMarkdown_alignsWideCharacters() {
        String table = new TextTable(List.of("#", "player", "points"), List.of(true, false, true))
                .add(List.of("1", "小明", "1960"))
                .add(List.of("10", "bob", "5"))
                .toMarkdown();
        assertEquals("```\n #  player  points\n 1  小明      1960\n10  bob          5\n```", table);
    }
}
