package dev.wenda.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeckReaderTest {
    private static final int FIVE_MB = 5 * 1024 * 1024;

    private static DeckFile read(String name, String text) {
        return DeckReader.read(name, text.getBytes(StandardCharsets.UTF_8), FIVE_MB);
    }

    private static List<String> problems(DeckFile file) {
        return file.problems().stream().map(LoadProblem::toString).toList();
    }

    @Test
    @DisplayName("a numbered-heading book: chapters are not questions and section numbers leave the question")
    void markdown_numberedBook_readsSectionsAsQuestions() {
        DeckFile file = read("book.md", """
                # 第三章 卷积网络

                ## 3.1 基础

                ### 3.1.1 什么是卷积？

                用一个小核在输入上滑动做加权求和。

                ### 3.1.2 什么是池化？

                在局部窗口内取最大值或平均值。

                ## 3.2 进阶

                ### 3.2.1 什么是空洞卷积？

                核元素之间插入间隔以扩大感受野。
                """);
        assertEquals(DeckFormat.MARKDOWN, file.format());
        assertEquals(
                List.of(
                        new DeckEntry("什么是卷积？", "用一个小核在输入上滑动做加权求和。", List.of(), List.of(), 5),
                        new DeckEntry("什么是池化？", "在局部窗口内取最大值或平均值。", List.of(), List.of(), 9),
                        new DeckEntry("什么是空洞卷积？", "核元素之间插入间隔以扩大感受野。", List.of(), List.of(), 15)),
                file.entries());
        assertEquals(List.of(), problems(file));
    }

    @Test
    @DisplayName("a Markdown question without an answer is a problem and its neighbours are kept")
    void markdown_questionWithoutAnswer_keepsTheRest() {
        DeckFile file = read("notes.md", "## 第一问\n\n答一。\n\n## 第二问\n\n## 第三问\n\n答三。\n");
        assertEquals(
                List.of("第一问", "第三问"),
                file.entries().stream().map(DeckEntry::question).toList());
        assertEquals(List.of("notes.md:5: question without answer"), problems(file));
    }

    @Test
    @DisplayName("CSV: header skipped, quoted commas and newlines kept, tags split, bad rows reported by line")
    void csv_readsRowsAndReportsBadOnes() {
        DeckFile file = read("deck.csv", """
                question,answer,tags
                什么是BN,"把数据拉回标准分布, 加快训练",归一化;训练
                只有问题
                什么是dropout,"随机丢弃
                神经元"
                ,没有问题
                a,b,c,d
                """);
        assertEquals(
                List.of(
                        new DeckEntry("什么是BN", "把数据拉回标准分布, 加快训练", List.of("归一化", "训练"), List.of(), 2),
                        new DeckEntry("什么是dropout", "随机丢弃\n神经元", List.of(), List.of(), 4)),
                file.entries());
        assertEquals(
                List.of(
                        "deck.csv:3: expected question,answer[,tags] but found 1 column(s)",
                        "deck.csv:6: question without text",
                        "deck.csv:7: expected question,answer[,tags] but found 4 column(s)"),
                problems(file));
    }

    @Test
    @DisplayName("CSV with an unclosed quote keeps the rows before it")
    void csv_unclosedQuote_keepsEarlierRows() {
        DeckFile file = read("deck.csv", "q1,a1\nq2,\"a2 never closed\nq3,a3\n");
        assertEquals(
                List.of("q1"), file.entries().stream().map(DeckEntry::question).toList());
        assertEquals(1, file.problems().size());
        assertEquals(
                true,
                problems(file).getFirst().startsWith("deck.csv:2: malformed CSV ("),
                problems(file).toString());
    }

    @Test
    @DisplayName("Anki plain text: settings lines skipped, HTML breaks become newlines, tags from the last column")
    void anki_readsNotes() {
        DeckFile file =
                read("anki.txt", "#separator:tab\n#html:true\n什么是BN\t标准化<br>加快训练\tdl norm\n\"引号\"\"内\"\"\"\t答\n");
        assertEquals(DeckFormat.ANKI, file.format());
        assertEquals(
                List.of(
                        new DeckEntry("什么是BN", "标准化\n加快训练", List.of("dl", "norm"), List.of(), 3),
                        new DeckEntry("引号\"内\"", "答", List.of(), List.of(), 4)),
                file.entries());
        assertEquals(List.of(), problems(file));
    }

    @Test
    @DisplayName("a .tsv line without a tab is a problem, the other notes are kept")
    void anki_lineWithoutTab_isAProblem() {
        DeckFile file = read("anki.tsv", "问一\t答一\n没有制表符\n问二\t答二\n");
        assertEquals(
                List.of("问一", "问二"),
                file.entries().stream().map(DeckEntry::question).toList());
        assertEquals(List.of("anki.tsv:2: expected front<TAB>back, found no tab"), problems(file));
    }

    @Test
    @DisplayName("trivia YAML: every accepted answer kept, AUTHOR skipped, a nested answer reported")
    void trivia_readsAcceptedAnswers() {
        DeckFile file = read("trivia.yaml", """
                AUTHOR: someone
                ResNet 的残差连接解决了什么问题?:
                - 退化问题
                - degradation
                Transformer 出自哪篇论文?: Attention Is All You Need
                坏的:
                - [嵌套]
                LSTM 有几个门?:
                - 3
                - 三
                """);
        assertEquals(
                List.of(
                        new DeckEntry("ResNet 的残差连接解决了什么问题?", "退化问题", List.of(), List.of("退化问题", "degradation"), 2),
                        new DeckEntry(
                                "Transformer 出自哪篇论文?",
                                "Attention Is All You Need",
                                List.of(),
                                List.of("Attention Is All You Need"),
                                5),
                        new DeckEntry("LSTM 有几个门?", "3", List.of(), List.of("3", "三"), 8)),
                file.entries());
        assertEquals(List.of("trivia.yaml:6: answers must be plain text, not lists or mappings"), problems(file));
    }

    @Test
    @DisplayName("malformed YAML keeps the questions before the error")
    void trivia_malformed_keepsEarlierQuestions() {
        DeckFile file = read("t.yml", "问一:\n- 答一\n问二: [未闭合\n问三:\n- 答三\n");
        assertEquals(
                List.of("问一"), file.entries().stream().map(DeckEntry::question).toList());
        assertEquals(1, file.problems().size());
        assertEquals(
                true,
                problems(file).getFirst().contains("malformed YAML ("),
                problems(file).toString());
    }

    @Test
    @DisplayName("files over the limit, binary files and unknown types are refused whole with one problem")
    void badFiles_areRefusedWithOneProblem() {
        assertEquals(
                List.of("big.md: file is larger than the limit of 5.0 MB per file"),
                problems(DeckReader.read("big.md", new byte[FIVE_MB + 1], FIVE_MB)));
        assertEquals(
                List.of("x.md: binary file, not UTF-8 text; skipped"),
                problems(DeckReader.read("x.md", new byte[] {0, 1, 2, 0, 0, 3}, FIVE_MB)));
        assertEquals(
                List.of(
                        "x.pdf: unknown file type; use .md, .markdown, .txt (Markdown or Anki), .tsv, .csv, .yaml or .yml"),
                problems(read("x.pdf", "## q\n\na\n")));
        assertEquals(List.of("e.csv: no entries found"), problems(read("e.csv", "")));
    }

    @Test
    @DisplayName("the Markdown export reads back to the same questions, answers and tags")
    void writer_roundTrips() {
        List<DeckEntry> entries = List.of(
                new DeckEntry("什么是BN", "把数据拉回标准分布。\n\n- 加快训练\n- 允许更大学习率", List.of("归一化", "训练"), List.of(), 1),
                new DeckEntry("代码示例", "```python\nx = 1\n```", List.of(), List.of(), 1));
        DeckFile back = read("export.md", DeckWriter.markdown("chat", entries));
        assertEquals(
                entries.stream()
                        .map(e -> List.of(e.question(), e.answer(), e.tags()))
                        .toList(),
                back.entries().stream()
                        .map(e -> List.of(e.question(), e.answer(), e.tags()))
                        .toList());
        assertEquals(List.of(), problems(back));
    }

    @Test
    @DisplayName(
            "a CSV or Anki entry holding a terminal escape is refused at its line and the rest of the deck is kept")
    void csvAndAnki_controlCharacter_refusedWithItsLine() {
        DeckFile csv = read("deck.csv", "question,answer\n什么是BN,批归一化\n什么是dropout,\u001b[31m随机失活\n");
        assertEquals(
                List.of("什么是BN"),
                csv.entries().stream().map(DeckEntry::question).toList());
        assertEquals(List.of("deck.csv:3: control character"), problems(csv));

        DeckFile anki = read("deck.txt", "什么是BN\t批归一化\n什么\u0007是dropout\t随机失活\n");
        assertEquals(
                List.of("什么是BN"),
                anki.entries().stream().map(DeckEntry::question).toList());
        assertEquals(List.of("deck.txt:2: control character"), problems(anki));
    }
}
