package dev.wenda.bot.ask;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The questions behind "This is the one" buttons: a button id has room for a short token, not for
 * the question, so the question is kept here under the token for a day (then the button says it
 * expired). Thread-safe.
 */
public final class QuestionLinks {
    static final Duration KEPT = Duration.ofDays(1);

    /** A question asked in one community. */
    public record Asked(String community, String question) {}

    private final Cache<String, Asked> asked =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).build();
    private final Supplier<String> tokens;

    /** @param tokens fresh tokens: short, unguessable, never reused ({@link #randomTokens()}) */
    public QuestionLinks(Supplier<String> tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** Eight base-36 characters from a strong random source. */
    public static Supplier<String> randomTokens() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        return () -> {
            String t = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            return t.substring(Math.max(0, t.length() - 8));
        };
    }

    /** Keeps {@code question} and returns its token. */
    String remember(String community, String question) {
        String token = tokens.get();
        asked.put(token, new Asked(community, question));
        return token;
    }

    Optional<Asked> find(String token) {
        return Optional.ofNullable(asked.getIfPresent(token));
    }
}
