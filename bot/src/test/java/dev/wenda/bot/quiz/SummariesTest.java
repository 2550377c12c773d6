package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SummariesTest {
    @Test
    @DisplayName("the first sentence of a Chinese answer, without Markdown")
    void summarize_firstChineseSentence() {
        assertEquals("BN 对每个 mini-batch 做归一化。", Summaries.summarize("**BN** 对每个 mini-batch 做归一化。然后再缩放和平移。", 120));
    }

    @Test
    @DisplayName("a first bullet stands alone; an introducing line ending in a colon takes the first bullet with it")
    void summarize_bullets() {
        assertEquals("减小内部协变量偏移；", Summaries.summarize("- 减小内部协变量偏移；\n- 允许更大学习率", 120));
        assertEquals("主要有两个原因： 梯度消失。", Summaries.summarize("主要有两个原因：\n\n1. 梯度消失。更多。\n2. 梯度爆炸", 120));
    }

    @Test
    @DisplayName("code, images and link targets are dropped; decimals do not end a sentence")
    void summarize_dropsCodeImagesLinks() {
        assertEquals(
                "Use a rate of 0.001 as in the paper.",
                Summaries.summarize(
                        "```python\nx = 1\n```\n![fig](http://x/y.png)\nUse a rate of 0.001 as in [the paper](http://p). Then tune.",
                        120));
    }

    @Test
    @DisplayName("a colon line followed by a stripped formula takes the next line with words instead")
    void summarize_skipsWordlessLines() {
        assertEquals("原因： 梯度消失。", Summaries.summarize("原因：\n\n$$.$$\n\n梯度消失。还有别的。", 120));
    }

    @Test
    @DisplayName("the reveal's opening joins the first lines as plain text up to the limit")
    void opening_joinsLines() {
        assertEquals("BN 归一化。 减小协变量偏移 允许更大学习率", Summaries.opening("**BN** 归一化。\n\n- 减小协变量偏移\n- 允许更大学习率", 300));
        assertEquals("BN 归一…", Summaries.opening("**BN** 归一化。\n\n- 减小协变量偏移", 6));
    }

    @Test
    @DisplayName("a line starting with a decimal number is not a numbered bullet")
    void summarize_leadingDecimalKept() {
        assertEquals("3.5 is the ratio.", Summaries.summarize("3.5 is the ratio. Another sentence.", 120));
    }

    @Test
    @DisplayName("long text is cut to the limit with an ellipsis, counting characters not bytes")
    void summarize_cutsWithEllipsis() {
        String text = "卷".repeat(130);
        String cut = Summaries.summarize(text, 120);
        assertEquals(120, cut.codePointCount(0, cut.length()));
        assertEquals("卷".repeat(119) + "…", cut);
    }
}
