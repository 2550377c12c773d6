package dev.wenda.bot.web;

import java.util.Map;
import java.util.Objects;

/**
 * A page request, whatever server received it.
 *
 * @param path the decoded-later raw path, e.g. {@code /w/DISCORD/123/boards}
 * @param query the decoded query parameters (the first value of each)
 * @param acceptLanguage the {@code Accept-Language} header, empty when absent
 */
public record WebRequest(String method, String path, Map<String, String> query, String acceptLanguage) {
    public WebRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        Objects.requireNonNull(acceptLanguage, "acceptLanguage");
    }

    public static WebRequest get(String path, Map<String, String> query, String acceptLanguage) {
        return new WebRequest("GET", path, query, acceptLanguage);
    }
}
