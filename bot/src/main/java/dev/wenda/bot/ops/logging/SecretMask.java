package dev.wenda.bot.ops.logging;

import dev.wenda.bot.config.Secret;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces every known secret value in a log line with {@link Secret#MASK}. Only whole values are
 * masked ({@link Secret#maskWhole}): an occurrence inside another word stays (secrets are at least
 * {@link Secret#MIN_LENGTH} characters long). Longer secrets are replaced first, so a
 * secret containing another is masked whole. Text lines are matched against the raw values, JSON
 * lines against their JSON-escaped forms, so a masked JSON line stays valid JSON.
 */
public final class SecretMask {
    /** Where {@link WendaEncoder} finds the mask: an object in the Logback context. */
    public static final String CONTEXT_KEY = "dev.wenda.secretMask";

    private final List<String> raw;
    private final List<String> escaped;

    public SecretMask(Collection<Secret> secrets) {
        Set<String> rawForms = new LinkedHashSet<>();
        Set<String> jsonForms = new LinkedHashSet<>();
        for (Secret secret : secrets) {
            rawForms.add(secret.reveal());
            jsonForms.add(jsonEscaped(secret.reveal()));
        }
        this.raw = longestFirst(rawForms);
        this.escaped = longestFirst(jsonForms);
    }

    private static List<String> longestFirst(Set<String> forms) {
        return forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** A text line with each whole secret value masked. */
    public String mask(String text) {
        return maskAll(text, raw);
    }

    /** A JSON line with each whole JSON-escaped secret masked; the result is as valid as the input. */
    public String maskJson(String line) {
        return maskAll(line, escaped);
    }

    private static String maskAll(String text, List<String> values) {
        String masked = text;
        for (String value : values) {
            if (masked.contains(value)) {
                masked = Secret.maskWhole(masked, value);
            }
        }
        return masked;
    }

    public boolean isEmpty() {
        return raw.isEmpty();
    }

    private static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '/' -> out.append("\\/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
