package dev.wenda.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Layout recognition on small made-up files, independent of the seed file names. */
class LayoutDetectionTest {
    private static final ImageResolver NO_IMAGES = (file, path) -> Optional.empty();

    private static FileParser.ParsedFile parse(String text) {
        return FileParser.parse(new RawFile("t.md", text.getBytes(StandardCharsets.UTF_8)), NO_IMAGES);
    }

    private static List<String> questions(String text) {
        return parse(text).entries().stream().map(ParsedEntry::question).toList();
    }

    @Test
    @DisplayName("numbered lists inside the answers of two headings do not turn into questions")
    void headings_withNumberedListAnswers_stayEntries() {
        String text = "## 怎么防止过拟合\n\n1. 正则化\n说明一\n\n2. dropout\n说明二\n\n3. 早停\n说明三\n\n## 其他\n答\n";
        assertEquals(List.of("怎么防止过拟合", "其他"), questions(text));
        assertEquals(
                "1. 正则化\n说明一\n\n2. dropout\n说明二\n\n3. 早停\n说明三",
                parse(text).entries().getFirst().answer());
    }

    @Test
    @DisplayName("numbered questions under a title heading are read as numbered questions")
    void numbered_underATitle_areQuestions() {
        assertEquals(List.of("问题一", "问题二"), questions("# 我的笔记\n\n1. 问题一\n答案一\n\n2. 问题二\n答案二\n"));
    }

    @Test
    @DisplayName("numbers that restart are not a numbered-question layout")
    void numbered_restartingNumbers_areNotQuestions() {
        FileParser.ParsedFile parsed = parse("1. 甲\n说明\n\n1. 乙\n说明\n");
        assertEquals(List.of(), parsed.entries());
        assertEquals(
                List.of("t.md: no entries found (start each question with a \"## \" heading)"),
                parsed.problems().stream().map(LoadProblem::toString).toList());
    }

    @Test
    @DisplayName("emphasised questions win over their chapter headings; empty chapters are no entries")
    void emphasis_underChapters_areQuestions() {
        String text = "# 第一章\n\n## 1. 基础\n\n_什么是A?_\n\n```\nA是A\n```\n\n## 2. 空章节\n\n## 3. 又一章\n\n*什么是B?*\n\nB是B\n";
        FileParser.ParsedFile parsed = parse(text);
        assertEquals(
                List.of("什么是A?", "什么是B?"),
                parsed.entries().stream().map(ParsedEntry::question).toList());
        assertEquals("B是B", parsed.entries().get(1).answer());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    @DisplayName("a heading inside a code fence is code, not a question")
    void headings_insideFence_areCode() {
        assertEquals(List.of("问题"), questions("## 问题\n\n```\n## 不是问题\n```\n"));
    }

    @Test
    @DisplayName("the shallower of two content-bearing heading levels loses when the deeper has more questions")
    void headings_levelWithMostQuestions_wins() {
        String text = "# 章一\n\n### 问一\n答一\n\n### 问二\n答二\n\n# 章二\n\n### 问三\n答三\n";
        assertEquals(List.of("问一", "问二", "问三"), questions(text));
    }

    @Test
    void questionText_dropsNumberingBoldAndEmphasis() {
        assertEquals("什么是BN", QuestionText.clean("12. **什么是BN**"));
        assertEquals("什么是BN", QuestionText.clean("_什么是BN_"));
        assertEquals("1x1卷积核的作用", QuestionText.clean("21. 1x1卷积核的作用  "));
        assertEquals("3.5 版本", QuestionText.clean("3.5 版本"));
    }
}
