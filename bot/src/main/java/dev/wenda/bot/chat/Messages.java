package dev.wenda.bot.chat;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The bot's sentences in one language, looked up by key in {@code messages_zh.properties} or
 * {@code messages_en.properties} (UTF-8, next to this class). Values are {@link MessageFormat}
 * patterns: write {@code ''} for an apostrophe. A number in a plain {@code {0}} is printed as is
 * ({@code 12345}, not {@code 12,345}); {@code {0,choice,…}} picks English plurals.
 *
 * <p>Chinese for a {@code zh*} locale, English otherwise. A missing key is a bug and throws.
 */
public final class Messages {
    private static final String BUNDLE = "dev.wenda.bot.chat.messages";

    /** The Chinese catalogue. */
    public static final Messages ZH = load(BUNDLE, Locale.SIMPLIFIED_CHINESE);

    /** The English catalogue. */
    public static final Messages EN = load(BUNDLE, Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /**
     * The catalogue {@code bundle} (a base name such as {@code dev.wenda.bot.web.web}) in the
     * language of {@code locale}, formatting as {@link #text} describes. Every catalogue family of
     * the bot is read through here, so they all format alike.
     *
     * @throws MissingResourceException when the bundle has no file for that language
     */
    public static Messages load(String bundle, Locale locale) {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(locale, "locale");
        return new Messages(
                locale,
                ResourceBundle.getBundle(
                        bundle,
                        Locale.of(locale.getLanguage()),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The catalogue for a user's locale: Chinese for {@code zh*}, English otherwise. */
    public static Messages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /**
     * The catalogue for a {@code --lang} value: {@code zh} (or {@code zh-CN} …) or {@code en}.
     *
     * @throws IllegalArgumentException naming any other value
     */
    public static Messages forLanguage(String lang) {
        String l = lang.strip().toLowerCase(Locale.ROOT);
        if (l.equals("zh") || l.startsWith("zh-") || l.startsWith("zh_")) {
            return ZH;
        }
        if (l.equals("en") || l.startsWith("en-") || l.startsWith("en_")) {
            return EN;
        }
        throw new IllegalArgumentException("language must be zh or en, was '" + lang + "'");
    }

    /** The locale replies in this catalogue are written for. */
    public Locale locale() {
        return locale;
    }

    /**
     * The sentence for {@code key} with {@code args} filled in.
     *
     * @throws MissingResourceException when the key is not in the catalogue
     */
    public String text(String key, Object... args) {
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Number && (i >= formats.length || formats[i] == null)) {
                shown[i] = shown[i].toString();
            }
        }
        return format.format(shown);
    }

    /** Whether the catalogue has {@code key} (texts another library asks for by its own key scheme). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key of this catalogue, for the test that both languages have the same. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    /** The raw pattern of a key, for the catalogue tests. */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    @Override
    public String toString() {
        return "Messages[" + locale.getLanguage() + "]";
    }
}
