package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
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
                "動量的作用|002_8d3aa4a868210f14#11",
                "什么是dropout|000_0499e02e3bd88c97#13",
                "1*1卷积的作用|003_05639a3bc28a7237#21",
            })
    void clearQuestions_areAnsweredWithTheirEntry(String query, String ref) {
        SearchOutcome outcome = RealBank.hybrid().search(query);
        SearchOutcome.Answer answer =
                assertInstanceOf(SearchOutcome.Answer.class, outcome, () -> query + " " + outcome.signals());
        assertTrue(
                answer.best().refKeys().contains(ref),
                () -> query + " answered with " + answer.best().refKeys());
        assertTrue(outcome.ranked().size() >= 10, "the whole ranking is kept");
        assertEquals(answer.best(), outcome.ranked().getFirst());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "什么是 GAN|000_0499e02e3bd88c97#16",
                "Adam optimizer|001_1a2931dec68d3d2f#7",
                "维度灾难是什么|003_05639a3bc28a7237#8",
            })
    void questionsBelowTheAnswerConfidence_offerTheirEntryFirst(String query, String ref) {
        SearchOutcome outcome = RealBank.hybrid().search(query);
        SearchOutcome.Candidates candidates =
                assertInstanceOf(SearchOutcome.Candidates.class, outcome, () -> query + " " + outcome.signals());
        assertEquals(SearchOutcome.Doubt.UNSURE, candidates.doubt());
        assertTrue(
                candidates.candidates().getFirst().refKeys().contains(ref),
                () -> query + " offered " + candidates.candidates().getFirst().refKeys());
    }

    @Test
    void askingForAnAspectTheBankLacks_offersTheTopicWithTheMissingAspect() {
        SearchOutcome outcome = RealBank.hybrid().search("dropout的缺点有哪些");
        SearchOutcome.Candidates candidates = assertInstanceOf(
                SearchOutcome.Candidates.class, outcome, () -> outcome.signals().toString());
        assertEquals(SearchOutcome.Doubt.ASPECT, candidates.doubt());
        assertEquals(List.of("缺点"), outcome.signals().missingAspects());
        assertEquals(List.of("dropout"), outcome.signals().coveredTopics());
        assertTrue(candidates.candidates().getFirst().entry().question().contains("dropout"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"早上好", "谢谢", "明天会下雨吗", "hello there", "我可以问你个问题吗", "最近怎么样啊", "你是谁"})
    void everydayChat_abstainsAsChat(String query) {
        SearchOutcome outcome = RealBank.hybrid().search(query);
        SearchOutcome.Abstain abstain =
                assertInstanceOf(SearchOutcome.Abstain.class, outcome, () -> query + " " + outcome.signals());
        assertEquals(SearchOutcome.Silence.CHAT, abstain.silence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Transformer 的多头注意力有什么用", "YOLO 的 anchor box 怎么聚类", "随机森林和 GBDT 的区别", "怎么用 docker 部署服务"})
    void missingTopics_abstainWithTopics(String query) {
        SearchOutcome outcome = RealBank.hybrid().search(query);
        SearchOutcome.Abstain abstain =
                assertInstanceOf(SearchOutcome.Abstain.class, outcome, () -> query + " " + outcome.signals());
        assertEquals(SearchOutcome.Silence.NOT_COVERED, abstain.silence());
        assertEquals(8, abstain.topics().size());
        assertTrue(abstain.ranked().size() >= 10, "the ranking is kept on abstain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SVM 的核函数和对偶形式", "RNN为什么会梯度消失", "Adam和SGD有什么区别", "C++虚函数是什么"})
    void questionsTheBankDoesNotAnswer_areNeverAnswered(String query) {
        SearchOutcome outcome = RealBank.hybrid().search(query);
        assertNotEquals("answer", outcome.decision(), () -> query + " " + outcome.signals());
    }
}
