package dev.wenda.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    /** Code that looks sentences up (config keys and Slack method names look like keys too). */
    private static final Pattern READS_CATALOGUE =
            Pattern.compile("import dev\\.wenda\\.bot\\.chat\\.Messages;|\\.messages\\(\\)|Phrase\\.of\\(");
    /** A string literal shaped like a key: {@code "quiz.tooLate"}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    @DisplayName("both catalogues have exactly the same keys")
    void catalogues_sameKeys() {
        assertEquals(new TreeSet<>(Messages.ZH.keys()), new TreeSet<>(Messages.EN.keys()));
    }

    @Test
    @DisplayName("every key takes the same argument indexes in both languages, and every pattern parses")
    void catalogues_sameArguments() {
        TreeMap<String, String> different = new TreeMap<>();
        for (String key : Messages.ZH.keys()) {
            Set<Integer> zh = arguments(Messages.ZH.pattern(key));
            Set<Integer> en = arguments(Messages.EN.pattern(key));
            if (!zh.equals(en)) {
                different.put(key, "zh " + zh + " en " + en);
            }
            new MessageFormat(Messages.ZH.pattern(key));
            new MessageFormat(Messages.EN.pattern(key));
        }
        assertEquals(new TreeMap<>(), different);
    }

    @Test
    @DisplayName("an apostrophe is always written twice, so MessageFormat never swallows text")
    void catalogues_apostrophesDoubled() {
        for (Messages m : new Messages[] {Messages.ZH, Messages.EN}) {
            for (String key : m.keys()) {
                String single = m.pattern(key).replace("''", "");
                assertTrue(single.indexOf('\'') < 0, m + " " + key + ": " + m.pattern(key));
            }
        }
    }

    @Test
    @DisplayName("Chinese for zh locales, English for every other; numbers print without grouping")
    void of_localeAndNumbers() {
        assertEquals(Messages.ZH, Messages.of(Locale.TRADITIONAL_CHINESE));
        assertEquals(Messages.EN, Messages.of(Locale.FRENCH));
        assertEquals("There is no study group named 12345.", Messages.EN.text("group.none", 12345));
        assertEquals(
                "ada deleted the study group ml (1 member); their scores stay.",
                Messages.EN.text("group.deleted", "ada", "ml", 1));
        assertEquals(
                "ada deleted the study group ml (1234 members); their scores stay.",
                Messages.EN.text("group.deleted", "ada", "ml", 1234));
    }

    @Test
    @DisplayName("a {0,number} argument is grouped by the language, a plain {1} number is printed as is")
    void load_numberPatternFormatsByLocale() {
        String bundle = "dev.wenda.bot.chat.numbered";
        assertEquals(
                "The bank holds 12,345 questions, 1234 of them yours.",
                Messages.load(bundle, Locale.ENGLISH).text("bank.size", 12345, 1234));
        assertEquals(
                "题库共 12,345 题，其中 1234 题是你的。",
                Messages.load(bundle, Locale.SIMPLIFIED_CHINESE).text("bank.size", 12345, 1234));
    }

    @Test
    @DisplayName("a missing key throws; --lang accepts zh or en only")
    void missingKeyAndLanguage() {
        assertThrows(MissingResourceException.class, () -> Messages.EN.text("no.such.key"));
        assertEquals(Messages.ZH, Messages.forLanguage("zh-CN"));
        assertEquals(Messages.EN, Messages.forLanguage("EN"));
        assertThrows(IllegalArgumentException.class, () -> Messages.forLanguage("fr"));
    }

    @Test
    @DisplayName("every key written in main code that reads the catalogue is in it")
    void keysInCode_exist() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        Messages.EN.keys().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                if (!READS_CATALOGUE.matcher(code).find()) {
                    continue;
                }
                Matcher m = KEY_LITERAL.matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.stream().anyMatch(key::startsWith)
                            && !Messages.EN.keys().contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(), missing);
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
