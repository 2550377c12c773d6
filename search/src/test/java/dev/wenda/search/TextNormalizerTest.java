package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ＢＮ层的作用？|bn层的作用?",
                "ＲｅＬＵ　和　Ｓｉｇｍｏｉｄ|relu 和 sigmoid",
                "過擬合怎麼辦|过拟合怎么办",
                "什麼是感受野|什么是感受野",
                "1×1卷积|1x1卷积",
                "1*1 conv|1x1 conv",
                "1 x 1 的卷积|1x1 的卷积",
                "1X1卷积核|1x1卷积核",
                "两个3*3卷积和一个5×5卷积|两个3x3卷积和一个5x5卷积",
                "w1**2+w2**2|w1**2+w2**2",
                "批归一化，为什么。「好」|批归一化,为什么.\"好\"",
                "《深度学习》【BN】|<深度学习>[bn]",
                "mini-batch 和 k-means|minibatch 和 kmeans",
                "详见https://www.jianshu.com/p/857d5859d2cc。图：![](HTTPS://picx.zhimg.com/a_1440w.webp)|详见 .图:![](",
                "ｈｔｔｐ：／／ｅｘａｍｐｌｅ．ｃｏｍ 是网址|是网址",
            })
    void normalize_foldsWidthCaseScriptKernelsAndPunctuation(String in, String out) {
        assertEquals(out, normalizer.normalize(in));
    }

    @Test
    void normalize_chinesePunctuationBeforeCombiningMark_isIdempotent() {
        // 〉 becomes >, which composes with a following U+0338 into ≯ (found by the fuzzer).
        String once = normalizer.normalize("篥〉\u0338쎄1颡");
        assertEquals("篥≯쎄1颡", once);
        assertEquals(once, normalizer.normalize(once));
    }

    @Test
    void normalize_collapsesWhiteSpaceAndTrims() {
        assertEquals("多个 空格 和 换行", normalizer.normalize("  多个   空格\t和\n换行  "));
    }

    @Test
    void normalize_isIdempotent() {
        String once = normalizer.normalize("ＢａｔｃｈＮｏｒｍ 與 1 X 1 捲積？");
        assertEquals(once, normalizer.normalize(once));
    }
}
