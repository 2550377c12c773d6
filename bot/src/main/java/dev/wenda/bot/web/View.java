package dev.wenda.bot.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as the pages see it: the reader's grant (empty on a public page), their language,
 * and the links that keep the token and the language.
 *
 * @param base {@code /w/PLATFORM/COMMUNITY}, encoded
 * @param path the requested path, for the language switch
 */
record View(
        Optional<Grant> grant,
        Optional<String> token,
        WebTexts texts,
        String base,
        String path,
        Map<String, String> query,
        ZoneId zone) {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    View {
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(texts, "texts");
        query = Map.copyOf(query);
    }

    /** The base path of one community's pages. */
    static String base(String platform, String community) {
        return "/w/" + segment(platform) + "/" + segment(community);
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** A link to {@code rest} under the community's base, with {@code params} (name, value pairs), the token and the language. */
    String href(String rest, String... params) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.put(params[i], params[i + 1]);
        }
        return withQuery(base + "/" + rest, q, texts.lang());
    }

    /** This page in the other language. */
    String switchLanguage() {
        Map<String, String> q = new LinkedHashMap<>(query);
        if (token.isPresent()) {
            q.remove("t");
        }
        q.remove("lang");
        return withQuery(path, q, texts.lang().other());
    }

    private String withQuery(String target, Map<String, String> params, WebTexts.Lang lang) {
        StringBuilder b = new StringBuilder(target);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(param(e.getValue()));
            sep = '&';
        }
        if (token.isPresent()) {
            b.append(sep).append("t=").append(token.get());
            sep = '&';
        }
        return b.append(sep).append("lang=").append(lang.code()).toString();
    }

    String dateTime(long epochMillis) {
        return DAY_TIME.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }

    String date(Instant at) {
        return DAY.format(at.atZone(zone));
    }

    static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
