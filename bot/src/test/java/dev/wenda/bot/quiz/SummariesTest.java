package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SummariesTest {
    private static QaEntry entry(String question, String answer, String keyPoint) {
        return new QaEntry(
                "e1",
                question,
                answer,
                List.of(new SourceRef("bank", 1, 1)),
                List.of(),
                List.of(),
                List.of(),
                keyPoint);
    }

    private static String point(String question, String answer) {
        return Summaries.summarize(entry(question, answer, ""), 120);
    }

    @Test
    @DisplayName("the first sentence of a Chinese answer, without Markdown")
    void summarize_firstChineseSentence() {
        assertEquals("BN 对每个 mini-batch 做归一化，再缩放和平移。", point("BN 的作用", "**BN** 对每个 mini-batch 做归一化，再缩放和平移。然后再说别的。"));
    }

    @Test
    @DisplayName("the author's key point wins over the answer")
    void summarize_keyPointWins() {
        assertEquals(
                "把分布拉回标准分布，加快收敛", Summaries.summarize(entry("BN 的作用", "背景：网络很深。BN 把分布拉回标准分布。", "把分布拉回标准分布，加快收敛"), 120));
    }

    @Test
    @DisplayName("a later sentence naming the question's subject beats a first sentence of background")
    void summarize_skipsBackground() {
        assertEquals(
                "通过规范化的手段，将越来越偏的分布拉回到标准化的分布。",
                point(
                        "BatchNormalization的作用",
                        "- 网络训练时随着层数加深，激活函数的输入分布逐渐偏移，导致梯度消失。\n"
                                + "- BatchNormalization的作用是通过规范化的手段，将越来越偏的分布拉回到标准化的分布。"));
    }

    @Test
    @DisplayName("every list marker goes: -, •, 1., 1、, 1), 1）, (1), （1）., ①, and markers inside a line")
    void summarize_stripsListMarkers() {
        assertEquals(
                "Dropout；加L1/L2正则化；BatchNormalization；网络bagging",
                point("防止过拟合的方法", "- 1）Dropout；2）加L1/L2正则化；3）BatchNormalization；4）网络bagging"));
        assertEquals("减少存储空间；加快计算速度；去除冗余特征", point("降维的好处", "(1). 减少存储空间\n(2). 加快计算速度\n(3). 去除冗余特征"));
        assertEquals("保留空间特性；平移不变性", point("卷积层的优势", "（1）. 保留空间特性\n（2）. 平移不变性"));
        assertEquals("调整通道数，降维或升维；增加非线性", point("1x1卷积的作用", "1、调整通道数，降维或升维\n2、增加非线性"));
        assertEquals("局部连接；权重共享", point("卷积的特点", "① 局部连接\n② 权重共享"));
        assertEquals("局部连接；权重共享", point("卷积的特点", "• 局部连接\n• 权重共享"));
        assertEquals("局部连接；权重共享", point("卷积的特点", "1) 局部连接\n2) 权重共享"));
    }

    @Test
    @DisplayName("a label line takes the items after it; a lone label is no content")
    void summarize_labelTakesItems() {
        assertEquals("原因：模型复杂度过低；特征量过少", point("欠拟合的原因", "原因：\n  (1). 模型复杂度过低\n  (2). 特征量过少"));
        assertEquals("", point("原因", "原因： ."));
        assertEquals("", point("原因", "(1)."));
    }

    @Test
    @DisplayName("prose inside a fence without a language is kept; code fences and images are dropped")
    void summarize_fences() {
        assertEquals("当激活函数为线性函数时，多层神经网络可以用单层网络表示。", point("为什么不能用线性激活函数", "```\n当激活函数为线性函数时，多层神经网络可以用单层网络表示。\n```"));
        assertEquals(
                "Use a rate of 0.001 as in the paper.",
                point(
                        "which rate",
                        "```python\nx = 1\n```\n![fig](http://x/y.png)\nUse a rate of 0.001 as in [the paper](http://p). Then tune."));
        assertEquals(
                "sigmoid函数；y(x) = 1/(1+e^(-x))；ReLU函数",
                point("常见的激活函数", "```\n* sigmoid函数\ny(x) = 1/(1+e^(-x))\n\n* ReLU函数\n```"));
    }

    @Test
    @DisplayName("a bare URL, a lone dot or a label alone summarizes to nothing; a URL inside text is dropped")
    void summarize_rejectsContentFree() {
        assertEquals("", point("激活函数作用", "https://github.com/user/deep-learning/blob/master/activation.md"));
        assertEquals("", point("q", "."));
        assertEquals("", point("q", "- ."));
        assertEquals("详见这篇文章的第二节，讲得很清楚。", point("q", "详见这篇文章 https://x.test/a 的第二节，讲得很清楚。"));
    }

    @Test
    @DisplayName("a lead that restates the question's subject is dropped when enough is left")
    void summarize_dropsRestatement() {
        assertEquals("一种技术，通过操作原始数据来增加输入数据。", point("什么是数据扩充？", "数据扩充是一种技术，通过操作原始数据来增加输入数据。"));
        assertEquals("GAN用两个模型对抗训练。", point("GAN的思想", "GAN用两个模型对抗训练。"));
    }

    @Test
    @DisplayName("long text is cut at a clause boundary, never inside a word, with an ellipsis")
    void summarize_cutsAtBoundaries() {
        String clauses = "卷积".repeat(20) + "，" + "池化".repeat(30) + "。";
        assertEquals("卷积".repeat(20) + "…", Summaries.shorten(clauses, 50));
        String words = "the receptive field grows with every layer of the network stack";
        assertEquals("the receptive field grows with…", Summaries.shorten(words, 32));
        String han = "卷".repeat(130);
        assertEquals("卷".repeat(119) + "…", Summaries.shorten(han, 120));
    }

    @Test
    @DisplayName("a line starting with a decimal number is not a numbered bullet")
    void summarize_leadingDecimalKept() {
        assertEquals("3.5 is the ratio.", point("the ratio", "3.5 is the ratio. Another sentence."));
    }

    @Test
    @DisplayName("the reveal's opening joins the first lines as plain text up to the limit")
    void opening_joinsLines() {
        assertEquals("BN 归一化。 减小协变量偏移 允许更大学习率", Summaries.opening("**BN** 归一化。\n\n- 减小协变量偏移\n- 允许更大学习率", 300));
        assertEquals("BN 归一化。…", Summaries.opening("**BN** 归一化。\n\n- 减小协变量偏移", 9));
    }
}
