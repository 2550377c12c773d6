package dev.wenda.search;

import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.util.List;

/** Small hand-made banks for tests that need no real content. */
final class Fixtures {
    private Fixtures() {}

    static QaEntry entry(String stem, int ordinal, String question, String answer, String... tags) {
        return new QaEntry(
                stem + "-" + ordinal,
                question,
                answer,
                List.of(new SourceRef(stem, ordinal, ordinal * 3)),
                List.of(tags),
                List.of(),
                List.of());
    }

    static ContentBank small() {
        return new ContentBank(
                List.of(
                        entry("a", 1, "什么是dropout", "训练时按一定概率随机丢弃神经元，防止过拟合。", "正则化"),
                        entry("a", 2, "BN层的作用", "把一个batch内的数据拉回标准正态分布，加快训练。", "归一化"),
                        entry("a", 3, "解释感受野这一概念", "感受野是输出特征图上一个像素对应输入图像上的区域大小。", "卷积"),
                        entry("a", 4, "1*1的卷积作用", "实现跨通道的交互和信息整合，降维和升维。", "卷积"),
                        entry("a", 5, "梯度消失", "反向传播中梯度越来越小，前面的层学不动。", "梯度")),
                List.of(),
                "small-v1");
    }

    static ContentBank smallChanged() {
        List<QaEntry> entries = new java.util.ArrayList<>(small().entries());
        entries.add(entry("b", 1, "什么是GAN", "生成器和判别器对抗训练。", "生成模型"));
        return new ContentBank(entries, List.of(), "small-v2");
    }

    static SearchService lexical(ContentBank bank) {
        return SearchService.open(
                bank, SearchConfig.defaults().withDense(false), java.util.Optional.empty(), IndexProgress.NONE);
    }
}
