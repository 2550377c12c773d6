package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Reply;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericQuestionsTest {
    private final NumericQuestions questions = new NumericQuestions(new Calc());

    private Reply answer(String question) {
        Optional<Reply> reply = questions.answer(question, Locale.SIMPLIFIED_CHINESE);
        assertTrue(reply.isPresent(), "expected a numeric reply for: " + question);
        return reply.get();
    }

    private static String field(Reply reply, String name) {
        return reply.fields().stream()
                .filter(f -> f.name().equals(name))
                .map(Reply.Field::value)
                .findFirst()
                .orElse("(no field " + name + " in " + reply.fields() + ")");
    }

    @ParameterizedTest(name = "{0} → {1}: {2} = {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3个3x3卷积堆叠的感受野是多少 | rf 3x3 3x3 3x3 | 感受野 | 7x7",
                "两个3*3卷积的感受野 | rf 3x3 3x3 | 感受野 | 5x5",
                "三层3x3卷积的感受野有多大？ | rf 3x3 3x3 3x3 | 感受野 | 7x7",
                "2个5x5卷积堆叠后的感受野 | rf 5x5 5x5 | 感受野 | 9x9",
                "十个3x3卷积的感受野 | rf 3x3 3x3 3x3 3x3 3x3 3x3 3x3 3x3 3x3 3x3 | 感受野 | 21x21",
                "空洞率为2的3x3卷积的感受野 | rf 3x3d2 | 感受野 | 5x5",
                "4个3×3卷积，空洞率都为2，感受野 | rf 3x3d2 3x3d2 3x3d2 3x3d2 | 感受野 | 17x17",
                "两个3x3卷积，步长都为2，感受野多少 | rf 3x3s2 3x3s2 | 等效步长 | 4",
                "3x3卷积（步长2）接3x3卷积的感受野是多少 | rf 3x3s2 3x3 | 感受野 | 7x7",
                "3x3卷积步长2，接2x2池化，感受野多少 | rf 3x3s2 pool2 | 感受野 | 5x5",
                "What is the receptive field of three stacked 3x3 convolutions? | rf 3x3 3x3 3x3 | Receptive field | 7x7",
                "two 3x3 convs receptive field | rf 3x3 3x3 | Receptive field | 5x5",
                "receptive field of 5 stacked 3x3 convolutions | rf 3x3 3x3 3x3 3x3 3x3 | Receptive field | 11x11",
                "3x3 conv, then 2x2 max pool, then 3x3 conv: receptive field? | rf 3x3 pool2 3x3 | Receptive field | 8x8",
                "输入224x224，7x7卷积，步长2，padding 3，输出大小是多少 | rf 7x7s2p3 --input 224x224 | 输出大小 | 112x112",
                "输入227x227，11x11卷积步长4，输出大小 | rf 11x11s4p0 --input 227x227 | 输出大小 | 55x55",
                "输入28，5x5卷积 padding 2 输出尺寸多大 | rf 5x5p2 --input 28x28 | 输出大小 | 28x28",
                "输入32x32x3 经过 5x5x6 卷积 padding 0 后输出尺寸 | rf 5x5p0 --input 32x32 | 输出大小 | 28x28",
                "output size of a 3x3 conv with stride 2 on a 224 input | rf 3x3s2p0 --input 224x224 | Output size | 111x111",
                "what is the output size for a 224 input and a 2x2 max pool with stride 2 | rf pool2s2p0 --input 224x224 | Output size | 112x112",
                "输入56x56x64用1x1卷积降到32通道能省多少计算量 | conv 56x56x64 1x1x32 | MACs | 6.42 M (6,422,528)",
                "params of a 3x3 conv from 64 to 128 channels | conv c64 3x3x128 | Params | 73.86 K (73,856)",
                "输入64通道输出128通道的3x3卷积参数量 | conv c64 3x3x128 | 参数 | 73.86 K (73,856)",
                "3x3卷积，输入通道64，输出通道128，不带偏置，参数量是多少 | conv c64 3x3x128nobias | 参数 | 73.73 K (73,728)",
                "params of a 1x1 conv from 256 to 64 channels | conv c256 1x1x64 | Params | 16.45 K (16,448)",
                "how many parameters does a 5x5 conv with 3 input channels and 6 output channels have | conv c3 5x5x6 | Params | 456",
                "how many params in a 3x3 conv with 256 input and output channels | conv c256 3x3x256 | Params | 590.08 K (590,080)",
                "输入24x24x3，3x3x128卷积的计算量 | conv 24x24x3 3x3x128 | MACs | 1.99 M (1,990,656)",
                "输入112x112x64，3x3卷积输出128通道，计算量多少 | conv 112x112x64 3x3x128 | MACs | 924.84 M (924,844,032)",
                "MACs of 3x3 conv on 56x56x64 input with 128 output channels | conv 56x56x64 3x3x128 | MACs | 231.21 M (231,211,008)",
                "FLOPs of a 3x3 conv from 64 to 64 channels on a 56x56 input | conv 56x56x64 3x3x64 | FLOPs (2·MACs) | 231.21 M (231,211,008)",
                "a depthwise 3x3 conv on 112x112x32 input, how many MACs? | conv 112x112x32 3x3dw | MACs | 3.61 M (3,612,672)",
                "深度可分离卷积 3x3，输入56x56x64，输出128通道，参数量多少 | conv 56x56x64 sep3x3x128 | 参数 | 8.96 K (8,960)",
                "vgg16有多少参数 | net vgg16 | 参数 | 138.36 M (138,357,544)",
                "vgg16的感受野是多少 | net vgg16 | 感受野 | 212",
                "alexnet的参数量 | net alexnet | 参数 | 61.10 M (61,100,840)",
                "resnet-18有多少参数 | net resnet18 | 参数 | 11.69 M (11,689,512)",
                "How many MACs does ResNet50 need? | net resnet50 | MACs | 4.09 G (4,089,184,256)",
                "How many FLOPs does AlexNet have? | net alexnet | FLOPs (2·MACs) | 1.43 G (1,428,376,960)",
                "mobilenet v2 参数量 | net mobilenet_v2 | 参数 | 3.50 M (3,504,872)",
                "mobilenet的参数量是多少 | net mobilenet_v1 | 参数 | 4.23 M (4,231,976)",
                "ResNet-18 receptive field | net resnet18 | Receptive field | 435",
            })
    @DisplayName("plain questions are read as the right calc expression and answered exactly")
    void answer_numericQuestion_isComputed(String question, String expression, String field, String value) {
        Reply reply = answer(question);
        assertEquals("/calc " + expression, reply.footer());
        assertEquals(value, field(reply, field));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "什么是dropout",
                "1x1卷积的作用",
                "dropout的作用是什么",
                "BN层的参数有哪些",
                "什么是感受野",
                "感受野是什么",
                "感受野怎么计算",
                "卷积核大小怎么选",
                "为什么用3x3卷积",
                "为什么两个3x3卷积的感受野等于一个5x5",
                "两个3x3卷积和一个5x5卷积的感受野一样吗",
                "1x1卷积能减少参数吗",
                "ResNet为什么能训练很深的网络",
                "VGG16的网络结构介绍",
                "vgg16的结构",
                "深度可分离卷积的原理",
                "输出大小怎么算",
                "how does a 3x3 convolution work",
                "why do we use 3x3 kernels instead of 5x5",
                "1x1 conv computation",
                "resnet34参数量",
                "batchnorm有多少参数",
                "学习率一般设多少",
                "",
            })
    @DisplayName("conceptual questions are left to the bank")
    void answer_conceptualQuestion_isEmpty(String question) {
        assertEquals(Optional.empty(), questions.answer(question, Locale.SIMPLIFIED_CHINESE));
    }

    @ParameterizedTest(name = "{0} → missing: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3x3卷积的参数量是多少 | 输入和输出通道数",
                "输入56x56，3x3卷积的计算量是多少 | 输入和输出通道数",
                "一个7x7卷积和三个3x3卷积的感受野是多少 | 这些层是串联成一个堆叠，还是分别比较",
                "5x5卷积的参数比两个3x3卷积多多少 | 要比较的两个堆叠",
                "resnet101有多少参数 | 一个已知的网络：vgg16, alexnet, resnet18, resnet50, mobilenet_v1, mobilenet_v2",
                "3x3卷积步长2的输出大小是多少 | 输入尺寸",
            })
    @DisplayName("numeric but incomplete questions say what was understood and what is missing, with no number")
    void answer_incompleteQuestion_explainsInsteadOfGuessing(String question, String missing) {
        Reply reply = answer(question);
        assertEquals("没有完全看懂", reply.title());
        assertTrue(reply.markdown().contains("\n还需要：" + missing + "\n"), reply.markdown());
        assertEquals(java.util.List.of(), reply.fields());
    }

    @Test
    @DisplayName("an RF answer has the table, the formula, a Chinese explanation and the PNG attached")
    void answer_receptiveField_replyShape() {
        Reply reply = answer("3个3x3卷积堆叠的感受野是多少");
        assertEquals("感受野", reply.title());
        assertEquals(
                String.join(
                        "\n",
                        "理解为：`/calc rf 3x3 3x3 3x3`",
                        "```",
                        "#  layer       RF  jump  eff.pad",
                        "1  conv3x3 p1   3     1        1",
                        "2  conv3x3 p1   5     1        2",
                        "3  conv3x3 p1   7     1        3",
                        "```",
                        "r_l = r_(l−1) + (k_l − 1)·d_l·j_(l−1),  j_l = j_(l−1)·s_l,  P_l = P_(l−1) + p_l·j_(l−1)",
                        "r = 1 + 2·1 + 2·1 + 2·1 = 7",
                        "感受野 7x7：每层把感受野扩大 (k−1)·d·j（j 为前面各层步长之积）；等效步长 1，等效填充 3。"),
                reply.markdown());
        Reply.Attachment png = reply.attachment().orElseThrow();
        assertEquals("receptive-field.png", png.fileName());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png.bytes(), 4));
    }

    @Test
    @DisplayName("an English question gets an English explanation even with a Chinese locale")
    void answer_englishQuestion_englishExplanation() {
        Reply reply = answer("params of a 3x3 conv from 64 to 128 channels");
        assertTrue(
                reply.markdown()
                        .endsWith(
                                "In total 73,856 params; MACs depend on the output size, so give the input size (e.g. 56x56x64)."),
                reply.markdown());
        assertTrue(reply.markdown().contains("1: params = 3·3·64·128 + 128 (bias) = 73,856\n"), reply.markdown());
        assertTrue(reply.markdown().contains("Bias included (PyTorch's default).\n"), reply.markdown());
    }

    @Test
    @DisplayName("the 1x1 reduction question states the exact cost and that later layers shrink to 50 %")
    void answer_reduction_notesTheRatio() {
        Reply reply = answer("输入56x56x64用1x1卷积降到32通道能省多少计算量");
        assertTrue(
                reply.markdown()
                        .contains("1: params = 1·1·64·32 + 32 (bias) = 2,080; MACs = 56·56·64·1·1·32 = 6,422,528\n"),
                reply.markdown());
        assertTrue(reply.markdown().contains("之后每一层的 MACs 按 32/64 = 50.0 % 缩减"), reply.markdown());
    }

    @Test
    @DisplayName("a question read fine but impossible to compute says why, without a number")
    void answer_uncomputable_saysWhy() {
        Reply reply = answer("输入3x3，5x5卷积 padding 0 输出大小是多少");
        assertEquals("无法计算", reply.title());
        assertEquals(
                "理解为 `/calc rf 5x5p0 --input 3x3`，但无法计算：layer 1 (conv5x5): kernel 5 is larger than its padded input 3",
                reply.markdown());
    }

    @Test
    @DisplayName("/calc compare reproduces the bottleneck of seed 003 #21 with its formula")
    void calc_compare_bottleneck() {
        Reply reply = questions.calc(
                "compare --input 24x24x3 \"3x3x128,3x3x128\" \"3x3x128,1x1x64,3x3x128\"", Locale.ENGLISH);
        assertTrue(
                reply.markdown()
                        .contains("#1 MACs = 24·24·3·3·3·128 + 24·24·128·3·3·128 = 86,925,312\n"
                                + "#2 MACs = 24·24·3·3·3·128 + 24·24·128·1·1·64 + 24·24·64·3·3·128 = 49,176,576\n"),
                reply.markdown());
        assertTrue(
                reply.markdown().endsWith("Stack 2 needs 56.6 % of stack 1's MACs, 37,748,736 fewer."),
                reply.markdown());
        assertEquals("86.93 M (86,925,312)", field(reply, "MACs #1"));
    }

    @Test
    @DisplayName("/calc with a mistake answers privately with a one-line error naming the bad part")
    void calc_badExpression_privateOneLineError() {
        Reply reply = questions.calc("rf 3x3 3x3q5", Locale.SIMPLIFIED_CHINESE);
        assertTrue(reply.ephemeral());
        assertEquals(
                "calc: layer '3x3q5'\\: cannot read 'q5' \\(options\\: s2 stride, p1 padding, same, valid, d2 dilation,"
                        + " g32 groups, dw, bn, nobias, ceil\\)\n用法：`/calc help`",
                reply.markdown());
    }

    @Test
    @DisplayName("/calc count of a stack whose input channels are unknown asks for the input instead of failing")
    void calc_countWithoutInputChannels_asksForTheInput() {
        Reply zh = questions.calc("conv c64 fc10", Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.markdown().endsWith("参数和 MACs 取决于输入的通道数和尺寸，请给出输入尺寸（如 --input 56x56x64）。"), zh.markdown());
        Reply en = questions.calc("conv c64 fc10", Locale.ENGLISH);
        assertTrue(
                en.markdown()
                        .endsWith("Params and MACs depend on the input's channels and size, so give the input size"
                                + " (e.g. --input 56x56x64)."),
                en.markdown());
    }

    @Test
    void calc_help_showsTheSyntax() {
        Reply reply = questions.calc("help", Locale.ENGLISH);
        assertTrue(reply.markdown().startsWith("```\nExamples:\nrf 3x3 3x3 3x3"), reply.markdown());
    }
}
