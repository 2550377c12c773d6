package dev.wenda.bot.web;

import dev.wenda.bot.chat.Messages;
import java.util.Locale;
import java.util.Objects;

/**
 * The web pages' sentences in one language, from {@code web_zh.properties} or {@code
 * web_en.properties} next to this class, read and formatted by {@link Messages} like the chat
 * catalogues (a number in a plain {@code {0}} is printed as is, {@code {0,number}} is grouped). A
 * missing key is a bug and throws.
 */
public final class WebTexts {
    private static final String BUNDLE = "dev.wenda.bot.web.web";

    public static final WebTexts ZH = new WebTexts(Lang.ZH);
    public static final WebTexts EN = new WebTexts(Lang.EN);

    private final Lang lang;
    private final Messages messages;

    private WebTexts(Lang lang) {
        this(BUNDLE, lang);
    }

    /** The catalogue {@code bundle} in {@code lang} (the tests read their own). */
    WebTexts(String bundle, Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.messages = Messages.load(bundle, lang.locale());
    }

    public static WebTexts of(Lang lang) {
        return Objects.requireNonNull(lang, "lang") == Lang.ZH ? ZH : EN;
    }

    public Lang lang() {
        return lang;
    }

    /** Every key of the catalogue. */
    public java.util.Set<String> keys() {
        return messages.keys();
    }

    /** The raw pattern of {@code key}, for the catalogue tests. */
    String pattern(String key) {
        return messages.pattern(key);
    }

    /** The sentence for {@code key} with {@code args} filled in, as plain text (escape it for HTML). */
    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The pages' two languages. */
    public enum Lang {
        ZH("zh", Locale.SIMPLIFIED_CHINESE),
        EN("en", Locale.ENGLISH);

        private final String code;
        private final Locale locale;

        Lang(String code, Locale locale) {
            this.code = code;
            this.locale = locale;
        }

        public String code() {
            return code;
        }

        Locale locale() {
            return locale;
        }

        public Lang other() {
            return this == ZH ? EN : ZH;
        }

        /**
         * The language of a request: {@code lang=zh|en} when given, else the first of the browser's
         * {@code Accept-Language} ranges that is Chinese or English, else Chinese (like the bank).
         */
        public static Lang choose(String langParameter, String acceptLanguage) {
            if ("zh".equals(langParameter)) {
                return ZH;
            }
            if ("en".equals(langParameter)) {
                return EN;
            }
            if (acceptLanguage != null && !acceptLanguage.isBlank()) {
                try {
                    for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                        String tag = range.getRange().toLowerCase(Locale.ROOT);
                        if (tag.equals("zh") || tag.startsWith("zh-")) {
                            return ZH;
                        }
                        if (tag.equals("en") || tag.startsWith("en-")) {
                            return EN;
                        }
                    }
                } catch (IllegalArgumentException malformed) {
                    // A malformed header gets the default language, like an absent one.
                }
            }
            return ZH;
        }
    }
}
