package dev.wenda.bot.calc;

import java.util.Locale;

/** The language of explanations: Chinese by default, English when the question was English. */
public enum Lang {
    ZH,
    EN;

    public static Lang of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    /** The text in this language. */
    String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
