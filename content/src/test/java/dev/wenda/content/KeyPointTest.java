package dev.wenda.content;

import static dev.wenda.content.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional author-written key point of an entry: {@code <!-- key: … -->} on a line of its own. */
class KeyPointTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a key point line is the entry's key point and no part of its answer")
    void load_keyPointLine_isTakenOutOfTheAnswer() {
        write(dir, "bn.md", """
                ## BN 的作用

                <!-- key: 把分布拉回标准分布，加快收敛 -->
                网络很深时分布会偏移。

                BN 把分布拉回标准分布。

                ## 什么是dropout

                训练时随机丢弃神经元。
                """);
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of(), bank.problems());
        QaEntry bn = bank.entries().get(0);
        assertEquals("把分布拉回标准分布，加快收敛", bn.keyPoint());
        assertEquals("网络很深时分布会偏移。\n\nBN 把分布拉回标准分布。", bn.answer());
        assertEquals("", bank.entries().get(1).keyPoint());
    }

    @Test
    @DisplayName("the Chinese label 要点 and a full-width colon work too; a key point inside a code fence is code")
    void load_chineseLabelAndFences() {
        write(dir, "a.md", """
                ## 1x1 卷积的作用

                ```
                <!-- key: 这不是要点 -->
                ```
                <!-- 要点：调整通道数 -->
                """);
        QaEntry entry = ContentBank.load(dir).entries().getFirst();

        assertEquals("调整通道数", entry.keyPoint());
        assertEquals("```\n<!-- key: 这不是要点 -->\n```", entry.answer());
    }

    @Test
    @DisplayName("an empty or a second key point is a warning naming its line; the first one counts")
    void load_emptyOrSecondKeyPoint_warns() {
        write(dir, "a.md", """
                ## 问题

                <!-- key: -->
                <!-- key: 第一个 -->
                答案。
                <!-- key: 第二个 -->
                """);
        ContentBank bank = ContentBank.load(dir);

        assertEquals("第一个", bank.entries().getFirst().keyPoint());
        assertEquals("答案。", bank.entries().getFirst().answer());
        assertEquals(
                List.of(
                        "WARNING a.md:3: empty key point",
                        "WARNING a.md:6: second key point for one question; the first is used"),
                bank.problems().stream().map(p -> p.severity() + " " + p).toList());
    }

    @Test
    @DisplayName("a question whose only line is a key point has no answer")
    void load_onlyKeyPoint_isQuestionWithoutAnswer() {
        write(dir, "a.md", """
                ## 问题

                <!-- key: 要点 -->
                """);
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of(), bank.entries());
        assertEquals(
                List.of("ERROR a.md:1: question without answer"),
                bank.problems().stream().map(p -> p.severity() + " " + p).toList());
    }

    @Test
    @DisplayName("the bundled bank's key points load, and none of them changes an answer")
    void bundled_keyPoints() {
        List<QaEntry> entries = ContentBank.bundled().entries();

        assertEquals(96, entries.stream().filter(e -> !e.keyPoint().isEmpty()).count());
        assertEquals(
                0, entries.stream().filter(e -> e.answer().contains("<!--")).count());
    }
}
