package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.content.ContentBank;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question intent (区别, 作用, ...) says what is asked; the topic decides which entry answers. */
class IntentWeightTest {
    private static ContentBank bank() {
        return new ContentBank(
                List.of(
                        Fixtures.entry("n", 1, "dropout和batch normalization的区别", "dropout随机丢弃神经元，BN归一化每层输入。"),
                        Fixtures.entry("n", 2, "DropConnect的原理", "DropConnect随机把权重置零，是dropout的推广。"),
                        Fixtures.entry("n", 3, "池化的作用", "降低特征图尺寸，保留主要特征。"),
                        Fixtures.entry("n", 4, "感受野的作用", "感受野决定一个输出看到多大的输入区域。"),
                        Fixtures.entry("n", 5, "残差连接的作用", "让梯度直接流过，缓解深层网络退化。")),
                List.of(),
                "intents-v1");
    }

    @Test
    void search_prefersTheEntryOnBothTopicsOverOneSharingTheQuestionType() {
        try (SearchService search = Fixtures.lexical(bank())) {
            // Shares dropout and the intent 区别 with n-1, but both topics with n-2.
            assertEquals(
                    "n-2",
                    search.search("DropConnect和dropout有什么不一样", SearchMode.LEXICAL)
                            .ranked()
                            .getFirst()
                            .entry()
                            .id());
        }
    }
}
