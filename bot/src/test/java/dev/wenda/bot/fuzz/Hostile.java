package dev.wenda.bot.fuzz;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators of hostile chat text for the fuzz properties: mostly short strings built from
 * fragments that matter to the parsers and renderers (mentions, Markdown, HTML, invisible and
 * bidirectional characters, numbers in every width, calc words), arbitrary Unicode, and now and
 * then a long message of up to 4,000 characters.
 */
public final class Hostile {
    /** Fragments that mean something to a chat platform, a Markdown renderer or one of our parsers. */
    public static final List<String> FRAGMENTS = List.of(
            "@everyone",
            "@here",
            "<@123>",
            "<@!123>",
            "<@&456>",
            "<#789>",
            "<!channel>",
            "<!here>",
            "<!everyone>",
            "<@U123>",
            "<#C123|general>",
            "<https://evil.example|click>",
            "**x**",
            "__x__",
            "~~x~~",
            "||spoiler||",
            "[a](javascript:alert(1))",
            "[a](!channel)",
            "![i](http://x/y.png)",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "`",
            "```",
            "# ",
            "> ",
            "- ",
            "1. ",
            "\\",
            "&amp;",
            "&lt;",
            "\u200B",
            "\u200D",
            "\u2060",
            "\uFEFF",
            "\u202E",
            "\u2066",
            "\u061C",
            "\u0000",
            "\u001B[31m",
            "\uD83D\uDE00",
            "\uD800",
            "\n",
            "\r\n",
            "\t",
            " ",
            "  ",
            "　",
            "0",
            "7",
            "224",
            "1,024",
            "１２３",
            "３ｘ３",
            "-5",
            "1.5",
            "1e9",
            "9999999999999999999999",
            "e99999999999",
            "万",
            "千",
            "亿",
            "K",
            "M",
            "G",
            "x",
            "×",
            "*",
            "3x3",
            "3x3x128",
            "s2",
            "p1",
            "d2",
            "g32",
            "rf",
            "conv",
            "compare",
            "net",
            "--input",
            "--json",
            "\"",
            "'",
            "“",
            "感受野",
            "参数量",
            "计算量",
            "输出大小",
            "多少",
            "卷积",
            "池化",
            "步长",
            "？",
            "?",
            "=",
            ",",
            "，",
            "ask",
            "quiz",
            "group",
            "create");

    /** The hand-picked hostile messages every renderer test runs: one of each kind of attack. */
    public static final List<String> SAMPLES = List.of(
            "@everyone look",
            "@here",
            "<@123> <@!123> <@&456> <#789>",
            "<!channel> <!here> <!everyone> <@U123> <#C123|general>",
            "**x**",
            "[a](javascript:alert(1))",
            "[a](!channel) [b](@U123)",
            "<script>alert(1)</script>",
            "` <!here> ``` <@U1>",
            "```\n<!channel>\n```",
            "\u200B\u200D\u202Eevil\u2066\u061C\uFEFF",
            "# title\n> quote\n- item\n1. one",
            ("<!channel> **x** @everyone [a](javascript:x) \u202E ").repeat(90).substring(0, 4_000));

    private Hostile() {}

    /**
     * Chat text: mostly under 60 characters, about one in fifty up to 4,000. Built straight from
     * the random source (no shrinking trees), which keeps 100,000 tries within seconds.
     */
    public static Arbitrary<String> text() {
        return Arbitraries.randomValue(Hostile::text);
    }

    /** One chat text from {@code random}; see {@link #text()}. */
    public static String text(Random random) {
        int kind = random.nextInt(100);
        if (kind < 60) {
            return pieces(random, 12);
        }
        if (kind < 85) {
            return unicode(random, random.nextInt(41));
        }
        if (kind < 98) {
            return ascii(random, random.nextInt(41));
        }
        String unit = pieces(random, 12);
        unit = unit.isEmpty() ? "a" : unit;
        String repeated = unit.repeat(4_000 / unit.length() + 1);
        return repeated.substring(0, 1 + random.nextInt(4_000));
    }

    /** Up to {@code max} pieces: mostly {@link #FRAGMENTS}, else short random Unicode or letters and digits. */
    public static String pieces(Random random, int max) {
        StringBuilder out = new StringBuilder();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            } else if (kind < 8) {
                out.append(unicode(random, random.nextInt(5)));
            } else {
                out.append(ascii(random, random.nextInt(7)));
            }
        }
        return out.toString();
    }

    /** Random code points from the whole range (surrogate halves included), biased towards the BMP. */
    static String unicode(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(Character.MAX_CODE_POINT + 1) : random.nextInt(0x10000);
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Random printable ASCII and the odd control character. */
    static String ascii(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) (random.nextInt(20) == 0 ? random.nextInt(0x20) : 0x20 + random.nextInt(0x5F)));
        }
        return out.toString();
    }
}
