package dev.wenda.bot.ops.logging;

import dev.wenda.bot.config.Secret;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces every known secret value in a text with {@link Secret#MASK}. Longer secrets are
 * replaced first, so a secret containing another is masked whole. The JSON-escaped form of each
 * secret is masked too, for JSON log lines.
 */
public final class SecretMask {
    /** Where {@link WendaEncoder} finds the mask: an object in the Logback context. */
    public static final String CONTEXT_KEY = "dev.wenda.secretMask";

    private final List<String> values;

    public SecretMask(Collection<Secret> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (Secret secret : secrets) {
            forms.add(secret.reveal());
            forms.add(jsonEscaped(secret.reveal()));
        }
        this.values = forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    public String mask(String text) {
        String masked = text;
        for (String value : values) {
            if (masked.contains(value)) {
                masked = masked.replace(value, Secret.MASK);
            }
        }
        return masked;
    }

    public boolean isEmpty() {
        return values.isEmpty();
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
