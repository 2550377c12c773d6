package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzes the query normalizer with 100,000 generated queries against the contract in its Javadoc. */
class TextNormalizerFuzzTest {
    /** NFKC's largest expansion is 18 characters for one (U+FDFA); case folding adds at most 3. */
    private static final int MAX_GROWTH = 18;

    private static final List<String> FRAGMENTS = List.of(
            "ＢＮ",
            "ＲｅＬＵ",
            "　",
            "\u3000\u3000",
            "過擬合",
            "怎麼辦",
            "捲積",
            "與",
            "什麼是感受野",
            "1×1",
            "3*3",
            "5 x 5",
            "1X1",
            "１＊１",
            "7 ✕ 7",
            "3✖3",
            "mini-batch",
            "k-means",
            "Pre-Norm",
            "a--b",
            "-x-",
            "。",
            "、",
            "「",
            "」",
            "『",
            "』",
            "【",
            "】",
            "〔",
            "〕",
            "《",
            "》",
            "〈",
            "〉",
            "“",
            "”",
            "‘",
            "’",
            "—",
            "～",
            "·",
            "…",
            "？",
            "！",
            "，",
            "：",
            "（",
            "）",
            "ß",
            "İ",
            "ﬁ",
            "ﷺ",
            "Ⅻ",
            "①",
            "㎒",
            "\u200B",
            "\u00AD",
            "\u202E",
            "\uFEFF",
            "\t",
            "\n",
            "\r\n",
            " ",
            "  ",
            "x",
            "X",
            "*",
            "-",
            "1",
            "22",
            "333",
            "<@123>",
            "<!channel>",
            "**x**",
            "@everyone");
    private static final Pattern FULL_WIDTH_ASCII = Pattern.compile("[\\uFF01-\\uFF5E\\u3000]");
    private static final Pattern UNFOLDED_KERNEL = Pattern.compile("\\d(?:\\s*[×*✕✖]|\\s+x|x\\s+)\\s*\\d");
    private static final String CJK_PUNCT = "。、「」『』【】〔〕《》〈〉“”‘’—～·…";

    private final TextNormalizer normalizer = new TextNormalizer();

    @Property(tries = 100_000)
    @Label(
            "any query: no exception; idempotent; trimmed single spaces; no full-width ASCII, capitals, CJK punctuation or unfolded kernels")
    void anyQuery_normalizesWithinContract(@ForAll("queries") String query) {
        String once = normalizer.normalize(query);
        assertEquals(once, normalizer.normalize(once), () -> "not idempotent for " + escape(query));
        assertEquals(once.strip(), once, () -> escape(once));
        assertFalse(once.matches("(?s).*(?:\\s\\s|[\\t\\n\\r\\f\\x0B]).*"), () -> escape(once));
        assertFalse(FULL_WIDTH_ASCII.matcher(once).find(), () -> escape(once));
        assertFalse(once.chars().anyMatch(c -> c >= 'A' && c <= 'Z'), () -> escape(once));
        assertFalse(once.chars().anyMatch(c -> CJK_PUNCT.indexOf(c) >= 0), () -> escape(once));
        assertFalse(UNFOLDED_KERNEL.matcher(once).find(), () -> escape(once));
        assertTrue(once.length() <= MAX_GROWTH * query.length(), () -> escape(query));
    }

    @Example
    @Label("苎, 苧 and 薴 all normalize to 苎 (ICU's Traditional-Simplified maps 苎 and 苧 to each other)")
    void ramieCharacters_normalizeToOneForm() {
        assertEquals(
                List.of("苎", "苎", "苎"),
                List.of("苎", "苧", "薴").stream().map(normalizer::normalize).toList());
    }

    @Example
    @Label("硃捲 normalizes to 朱卷 in one call (ICU converts 捲 first and 硃 only on a second pass; fuzzer finding)")
    void contextDependentConversion_settlesInOneCall() {
        assertEquals("朱卷", normalizer.normalize("硃捲"));
        assertEquals("朱卷", normalizer.normalize("朱卷"));
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.randomValue(TextNormalizerFuzzTest::query);
    }

    /** Mostly short queries from the fragments and random Unicode; one in 500 up to 4,000 characters. */
    private static String query(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(500) == 0 ? 400 + random.nextInt(400) : random.nextInt(10);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(10)) {
                case 0, 1 -> out.appendCodePoint(random.nextInt(0x10000));
                case 2 -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                case 3 -> out.appendCodePoint(0x4E00 + random.nextInt(0x5000));
                case 4 -> out.append((char) (0x20 + random.nextInt(0x5F)));
                default -> out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
        }
        return out.length() > 4_000 ? out.substring(0, 4_000) : out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints()
                .forEach(cp ->
                        out.append(cp < 0x20 || cp > 0x7E ? String.format("\\u{%X}", cp) : Character.toString(cp)));
        return out.toString();
    }
}
