package dev.wenda.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaggerAndLinkerTest {
    private final Tagger tagger = Tagger.parse("池化: 池化, pooling\n归一化: bn, 归一化\n");

    @Test
    void tag_keywordInQuestion_tags() {
        assertEquals(List.of("池化"), tagger.tag("最大池化是什么", "取最大值"));
    }

    @Test
    @DisplayName("one passing mention in the answer is not enough; two are")
    void tag_answerNeedsTwoMentions() {
        assertEquals(List.of(), tagger.tag("问题", "用到了pooling"));
        assertEquals(List.of("池化"), tagger.tag("问题", "max pooling 和 mean pooling"));
    }

    @Test
    @DisplayName("ASCII keywords match whole words only, next to Chinese too")
    void tag_asciiKeyword_matchesWholeWordsOnly() {
        assertEquals(List.of("归一化"), tagger.tag("BN层的作用", ""));
        assertEquals(List.of(), tagger.tag("cbnet是什么", ""));
    }

    @Test
    void bundledTags_includeTheTopicsFromTheIssue() {
        Tagger bundled = Tagger.bundled();
        assertEquals(List.of("激活函数"), bundled.tag("ReLU好在哪", ""));
        assertEquals(List.of("迁移学习"), bundled.tag("transfer learning怎么做", ""));
        assertEquals(List.of("损失函数"), bundled.tag("交叉熵是什么", ""));
    }

    @Test
    @DisplayName("similarity is the Jaccard index of character bigrams after normalising 1*1 to 1x1")
    void similarity_bigramJaccard() {
        assertEquals(1.0, RelatedLinker.similarity("1*1的卷积作用", "1×1的卷积作用"));
        assertEquals(4.0 / 11, RelatedLinker.similarity("1*1的卷积作用", "1x1卷积核的作用"), 1e-9);
        assertEquals(0.0, RelatedLinker.similarity("池化", "卷积"));
    }

    @Test
    @DisplayName("links are symmetric, most similar first, and pairs below the threshold stay apart")
    void link_symmetricAndOrdered() {
        List<List<Integer>> links = RelatedLinker.link(List.of("1*1的卷积作用", "什么是池化", "1*1的卷积核有什么作用", "1x1卷积核的作用"));
        assertEquals(List.of(List.of(2, 3), List.of(), List.of(0, 3), List.of(0, 2)), links);
    }
}
