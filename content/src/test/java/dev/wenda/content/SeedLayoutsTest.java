package dev.wenda.content;

import static dev.wenda.content.BundledBankTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact questions and answers, copied by hand from the seed files, for each of the five layouts. */
class SeedLayoutsTest {
    private static final ContentBank BANK = ContentBank.bundled();

    private static void assertEntry(String key, String question, String answer) {
        QaEntry e = entry(BANK, key);
        assertEquals(question, e.question(), key + " question");
        assertEquals(answer, e.answer(), key + " answer");
    }

    // 000: '# question' headings with bullet answers

    @Test
    void hashHeadings_bulletAnswer_keepsBothBullets() {
        assertEntry("000_0499e02e3bd88c97#1", "BatchNormalization的作用", """
                - 神经网络在训练的时候随着网络层数的加深,激活函数的输入值的整体分布逐渐往激活函数的取值区间上下限靠近,从而导致在反向传播时低层的神经网络的梯度消失。
                - BatchNormalization的作用是通过规范化的手段,将越来越偏的分布拉回到标准化的分布,使得激活函数的输入值落在激活函数对输入比较敏感的区域,从而使梯度变大,加快学习收敛速度,避免梯度消失的问题。""");
    }

    @Test
    void hashHeadings_linkAnswer_keepsTheMarkdownLink() {
        assertEntry(
                "000_0499e02e3bd88c97#11", "神经网络激活函数？", "- [sigmod、tanh、relu](https://www.jianshu.com/p/857d5859d2cc)");
    }

    @Test
    void hashHeadings_bulletWithContinuationLine_keepsTheLineBreak() {
        assertEntry("000_0499e02e3bd88c97#24", "dropout咋回事讲讲", """
                - Dropout的目标是在指数 级数量的神经网络上近似这个过程。Dropout训练与Bagging训练不太一样。在Bagging的情况下,所有模型是独立的。
                在Dropout的情况下,模型是共享参数的,其中每个模型继承的父神经网络参 数的不同子集。参数共享使得在有限可用的内存下代表指数数量的模型变得可能。 在Bagging的情况下,每一个模型在其相应训练集上训练到收敛。
                - 在Dropout的情况下,通常大部分模型都没有显式地被训练,通常该模型很大,以致到宇宙毁灭都不 能采样所有可能的子网络。取而代之的是,可能的子网络的一小部分训练单个步骤,参数共享导致剩余的子网络能有好的参数设定。""");
    }

    @Test
    void hashHeadings_plainParagraphAnswer_isKept() {
        assertEntry(
                "000_0499e02e3bd88c97#5",
                "什么是RNN",
                "一个序列当前的输出与前面的输出也有关,在RNN网络结构中中,隐藏层的输入不仅包括输入层的输出还包含上一时刻隐藏层的输出,网络会对之前的信息进行记忆并应用于当前的输入计算中。");
    }

    // 001: '### N.question' with 答： answers and <a name> anchors

    @Test
    void numberedHeadings_answerPrefixAndBreaks_areRemoved() {
        assertEntry("001_1a2931dec68d3d2f#2", "说明解决神经网络中梯度消失问题的两种方法。", """
                - 使用ReLU激活函数代替S激活函数。
                - 使用Xavier初始化。""");
    }

    @Test
    void numberedHeadings_breaksInsideALine_becomeLineBreaks() {
        assertEntry("001_1a2931dec68d3d2f#25", "说明为何L2正则化可以解释为一种权重衰减。", """
                假设成本函数为C(w)，再加上一个c|w|2。使用梯度下降时，迭代如下：
                w = w -grad(C)(w) — 2cw = (1–2c)w — grad(C)(w)
                在该等式中，权重乘以因子<1""");
    }

    @Test
    void numberedHeadings_numberingAndTrailingNoBreakSpace_leaveTheQuestion() {
        assertEntry(
                "001_1a2931dec68d3d2f#17",
                "当使用小批量梯度下降时，为什么打乱数据很重要？",
                "如果不打乱数据的顺序，那么假设训练一个神经网络分类器，且有两个类别：A和B，那么各个epoch中的所有小批量都会完全相同，这会导致收敛速度变慢，甚至导致神经网络对数据的顺序产生倾向性。");
    }

    @Test
    void numberedHeadings_titleLineBeforeTheFirstQuestion_isNotAnEntry() {
        assertTrue(BANK.entries().stream().noneMatch(e -> e.question().contains("面试题")));
        assertEquals(3, entry(BANK, "001_1a2931dec68d3d2f#1").primaryRef().line());
    }

    // 002: '- #### **question**' with indented answers and <img> tags

    @Test
    void listHeadings_indentedNumberedList_isDedented() {
        assertEntry("002_8d3aa4a868210f14#7", "1*1的卷积核有什么作用", """
                1. 调整通道数，进行特征图的降维（降低模型复杂度和计算量）或升维
                2. 如果后接激活函数，可以增加神经网络的非线性表达能力
                3. 降维时可以将神经网络进行线性组合，融合通道特征
                4. 减少计算量和参数量""");
    }

    @Test
    void listHeadings_imgTags_becomeMarkdownImagesAndAreListed() {
        QaEntry e = entry(BANK, "002_8d3aa4a868210f14#13");
        assertEquals("BatchNorm和LayerNorm的区别及各自优势", e.question());
        assertTrue(e.answer().startsWith("""
                                **batchnorm**是在一批样本内，对同一特征维度的所有样本进行归一化（使用当前batch的均值和方差做 Z-score 标准化）

                                ![img](https://picx.zhimg.com/80/v2-fff469028b750a31598e272fd99968c3_1440w.webp)

                                **layernorm**是在每个样本内部"""), e.answer());
        assertEquals(
                List.of(
                        "https://picx.zhimg.com/80/v2-fff469028b750a31598e272fd99968c3_1440w.webp",
                        "https://picx.zhimg.com/80/v2-2fde3f1da918cf79fabb2df348ac8f39_1440w.webp"),
                e.images());
    }

    @Test
    void listHeadings_subHeadingInsideAnAnswer_becomesBoldAndStaysInTheAnswer() {
        QaEntry e = entry(BANK, "002_8d3aa4a868210f14#10");
        assertEquals("讨论学习率衰减策略的方法以及解释原因", e.question());
        assertTrue(e.answer().contains("\n\n**固定学习率衰退**\n\n1. 指数衰减，参考衰减公式ηt=η0⋅e−kt\n"), e.answer());
        assertTrue(e.answer().contains("\n\n  另外，可以使用warmup让初始学习过程稳定，避免剧烈震荡\n\n**自适应学习率衰减**\n"), e.answer());
    }

    // 003: 'N. question' lines followed by answer lines

    @Test
    void numberedLines_parenthesisedNumbering_staysInTheAnswer() {
        assertEntry("003_05639a3bc28a7237#9", "降维的好处", """
                (1). 减少存储空间
                (2). 几块计算速度
                (3). 去除冗余特征
                (4). 可视化""");
    }

    @Test
    void numberedLines_tabIndentedBullets_areDedentedAndTrailingSpacesGo() {
        assertEntry("003_05639a3bc28a7237#2", "在训练模型过程中遇到哪些问题，怎么解决的？", """
                - 训练集上loss/准确率来回震荡而不下降；学习率设置过高导致的问题，降低学习率进行训练。
                - 训练集 和验证集loss 都比较大；一般是欠拟合，增加网络层数、增加训练epochs
                - 使用logloss作为损失函数，容易产生拟合，cross_entropy则不会""");
    }

    @Test
    void numberedLines_fullWidthNumberedLines_areOneIndentLevel() {
        assertEntry("003_05639a3bc28a7237#4", "导致欠拟合的原因有哪些？有哪些解决方案？", """
                原因：
                  (1). 模型复杂度过低
                  (2). 特征量过少
                解决方案：
                  (1). 增加网络复杂度
                  (2). 增加训练次数
                  (3). 增加新特征，可以考虑加入进特征组合、高次特征，来增大假设空间；
                  (4). 添加多项式特征，这个在机器学习算法里面用的很普遍，例如将线性模型通过添加二次项或者三次项使模型泛化能力更强；
                  (5). 减少正则化参数，正则化的目的是用来防止过拟合的，但是模型出现了欠拟合，则需要减少正则化参数；
                  (6). 使用非线性模型，比如核SVM 、决策树、深度学习等模型；
                  (7). 调整模型的容量(capacity)，通俗地，模型的容量是指其拟合各种函数的能力。
                  (8). 容量低的模型可能很难拟合训练集；使用集成学习方法，如Bagging ,将多个弱学习器Bagging。""");
        assertTrue(entry(BANK, "003_05639a3bc28a7237#3").answer().contains("\n  （1）. 训练集的数量级和模型的复杂度不匹配"));
    }

    @Test
    void numberedLines_questionWithNumberInside_keepsIt() {
        assertEntry(
                "003_05639a3bc28a7237#19",
                "激活函数作用",
                "https://github.com/user-ZJ/deep-learning/blob/master/%E6%BF%80%E6%B4%BB%E5%87%BD%E6%95%B0.md");
        assertEquals("1x1卷积核的作用", entry(BANK, "003_05639a3bc28a7237#21").question());
    }

    // 004: '_question_' with fenced answers under chapter headings

    @Test
    void emphasisedQuestions_fencedAnswer_keepsTheFence() {
        assertEntry("004_8dfd5e6188e69cde#1", "常见的激活函数有哪些?", """
                ```
                * sigmoid函数
                y(x) = 1/1+e^(-x)

                * reLU函数
                y(x) = max(0, x)
                ```""");
    }

    @Test
    void emphasisedQuestions_missingLocalImage_isDroppedFromTheAnswer() {
        QaEntry e = entry(BANK, "004_8dfd5e6188e69cde#9");
        assertEquals("一个神经网络分为哪些层?画出 Affine 层的计算图?", e.question());
        assertEquals("""
                ```
                * Affine层

                * sigmoid层/reLU层

                * softmax-with-loss层/mean-square-with-loss层
                ```""", e.answer());
        assertEquals(List.of(), e.images());
    }

    @Test
    void emphasisedQuestions_questionAfterEmptyChapters_readsItsOwnAnswer() {
        assertEntry("004_8dfd5e6188e69cde#20", "为什么更深层的网络学习效果往往更好?", """
                ```
                直观上讲, 深层网络每一层可以单独学习一方面的特征, 而浅层网络需要一次性识别多方面的特征
                ```""");
        assertEquals(213, entry(BANK, "004_8dfd5e6188e69cde#20").primaryRef().line());
    }

    @Test
    void emphasisedQuestions_chapterHeadings_areNotEntries() {
        List<String> questions = BANK.entries().stream().map(QaEntry::question).toList();
        for (String chapter : List.of("RNN", "2. RNN", "ResNet", "GAN", "LSTM", "U-Net", "深度学习基础", "SGD 算法", "CNN")) {
            assertTrue(!questions.contains(chapter), chapter);
        }
    }
}
