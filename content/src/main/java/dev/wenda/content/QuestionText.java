package dev.wenda.content;

import java.util.regex.Pattern;

/** Cleans a question marker's text: no numbering, no bold or emphasis wrappers, single spaces. */
final class QuestionText {
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,4}[ \\t]*[.、．](?!\\d)[ \\t]*");
    private static final Pattern WRAPPED = Pattern.compile("^([_*])(.+)\\1$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private QuestionText() {}

    static String clean(String raw) {
        String text = raw.strip().replace("**", "").replace("__", "").strip();
        var wrapped = WRAPPED.matcher(text);
        if (wrapped.matches()) {
            text = wrapped.group(2).strip();
        }
        text = NUMBERING.matcher(text).replaceFirst("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
