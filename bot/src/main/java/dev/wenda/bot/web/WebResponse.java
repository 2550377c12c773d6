package dev.wenda.bot.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/** A page or a file to send: status, headers (content type and caching included) and body. */
public record WebResponse(int status, Map<String, String> headers, byte[] body) {
    /**
     * Pages: no script at all, styles only from this server (images also from https, for the
     * bank's pictures), never framed; the token in
     * the address never leaves in a Referer; nothing stored by the browser or a proxy (the pages are
     * personal and change with every answer).
     */
    static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Type", "text/html; charset=utf-8",
            "Content-Security-Policy",
                    "default-src 'none'; style-src 'self'; img-src 'self' data: https:; form-action 'self';"
                            + " base-uri 'none'; frame-ancestors 'none'",
            "Cache-Control", "no-store",
            "Referrer-Policy", "no-referrer",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Vary", "Accept-Language");

    public WebResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    static WebResponse page(int status, String html) {
        return new WebResponse(status, PAGE_HEADERS, html.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.get(name);
    }
}
