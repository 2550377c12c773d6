package dev.wenda.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebTextsTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    @Test
    @DisplayName("both web catalogues have exactly the same keys")
    void catalogues_sameKeys() {
        assertEquals(new TreeSet<>(WebTexts.ZH.keys()), new TreeSet<>(WebTexts.EN.keys()));
    }

    @Test
    @DisplayName("every web key takes the same arguments in both languages, parses, and doubles its apostrophes")
    void catalogues_sameArgumentsAndParse() {
        TreeMap<String, String> different = new TreeMap<>();
        for (String key : WebTexts.ZH.keys()) {
            String zh = WebTexts.ZH.pattern(key);
            String en = WebTexts.EN.pattern(key);
            if (!arguments(zh).equals(arguments(en))) {
                different.put(key, zh + " | " + en);
            }
            new MessageFormat(zh);
            new MessageFormat(en);
            assertTrue(zh.replace("''", "").indexOf('\'') < 0, key);
            assertTrue(en.replace("''", "").indexOf('\'') < 0, key);
        }
        assertEquals(new TreeMap<>(), different);
    }

    @Test
    @DisplayName("a {0,number} argument in a web catalogue is grouped like in chat, a plain {1} printed as is")
    void text_numberPatternFormatsLikeChat() {
        String bundle = "dev.wenda.bot.web.numbered";
        assertEquals(
                "The bank holds 12,345 questions, 1234 of them yours.",
                new WebTexts(bundle, WebTexts.Lang.EN).text("bank.size", 12345, 1234));
        assertEquals(
                "题库共 12,345 题，其中 1234 题是你的。", new WebTexts(bundle, WebTexts.Lang.ZH).text("bank.size", 12345, 1234));
    }

    @Test
    void choose_langParameterWinsThenAcceptLanguageThenChinese() {
        assertEquals(WebTexts.Lang.EN, WebTexts.Lang.choose("en", "zh-CN"));
        assertEquals(WebTexts.Lang.ZH, WebTexts.Lang.choose(null, "fr-FR,zh-TW;q=0.8,en;q=0.5"));
        assertEquals(WebTexts.Lang.EN, WebTexts.Lang.choose(null, "en-GB,en;q=0.9"));
        assertEquals(WebTexts.Lang.ZH, WebTexts.Lang.choose("xx", "fr"));
        assertEquals(WebTexts.Lang.ZH, WebTexts.Lang.choose(null, ";;;q=bad"));
        assertEquals("No answers yet.", WebTexts.EN.text("player.none"));
        assertEquals("第 3 页", WebTexts.ZH.text("page.of", 3));
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
