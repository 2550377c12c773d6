package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decisions on the bundled bank with the real model (queries written for this test, not the dev set). */
class DecisionTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "感受野是什么意思|002_8d3aa4a868210f14#8",
                "BatchNorm 有什么好处|001_1a2931dec68d3d2f#11",
                "什么是 GAN|000_0499e02e3bd88c97#16",
                "Adam optimizer|001_1a2931dec68d3d2f#7",
                "维度灾难是什么|003_05639a3bc28a7237#8",
                "動量的作用|002_8d3aa4a868210f14#11",
            })
    void clearQuestions_areAnsweredWithTheirEntry(String query, String ref) {
        SearchOutcome outcome = RealBank.hybrid().search(query);
        SearchOutcome.Answer answer =
                assertInstanceOf(SearchOutcome.Answer.class, outcome, () -> query + " " + outcome.signals());
        assertTrue(
                answer.best().refKeys().contains(ref),
                () -> query + " answered with " + answer.best().refKeys());
        assertEquals(10, outcome.ranked().size() >= 10 ? 10 : outcome.ranked().size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "早上好",
                "谢谢",
                "明天会下雨吗",
                "hello there",
                "Transformer 的多头注意力有什么用",
                "YOLO 的 anchor box 怎么聚类",
                "SVM 的核函数和对偶形式",
                "随机森林和 GBDT 的区别",
                "怎么用 docker 部署服务"
            })
    void chitChatAndMissingTopics_abstainWithTopics(String query) {
        SearchOutcome outcome = RealBank.hybrid().search(query);
        SearchOutcome.Abstain abstain =
                assertInstanceOf(SearchOutcome.Abstain.class, outcome, () -> query + " " + outcome.signals());
        assertEquals(8, abstain.topics().size());
        assertTrue(abstain.ranked().size() >= 10, "the ranking is kept on abstain");
    }
}
