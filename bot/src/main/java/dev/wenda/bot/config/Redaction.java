package dev.wenda.bot.config;

/**
 * Hides the credentials a URL can carry before it goes into a message: a {@code password=}
 * parameter (JDBC style, {@code ;} or {@code &} separated) and the password of a
 * {@code user:password@host} part.
 */
public final class Redaction {
    private Redaction() {}

    /** {@code url} with every password replaced by {@code ***}. */
    public static String url(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/@:;?#]*:)[^/@]*@", "$1***@");
    }
}
