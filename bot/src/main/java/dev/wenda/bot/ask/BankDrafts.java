package dev.wenda.bot.ask;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The drafts behind "Add to bank" buttons: a button id has room for a short token, not for the
 * question, so the asked question is kept here under the token for a day (then the button says it
 * expired), together with what an admin typed into a form the bank refused, so that reopening the
 * form loses nothing. Thread-safe.
 */
public final class BankDrafts {
    /** How long a button keeps working. */
    public static final Duration KEPT = Duration.ofDays(1);

    /** What the form shows: the question, and the answer and tags typed so far. */
    public record Draft(String community, String question, String answer, String tags) {
        public Draft {
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(tags, "tags");
        }
    }

    private final Cache<String, Draft> drafts;
    private final Supplier<String> tokens;

    /**
     * @param tokens fresh tokens: short, unguessable, never reused ({@link QuestionLinks#randomTokens()})
     * @param ticker the time drafts expire by ({@link Ticker#systemTicker()})
     */
    public BankDrafts(Supplier<String> tokens, Ticker ticker) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.drafts = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(KEPT)
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                .build();
    }

    /** Keeps {@code question}, asked in {@code community}, and returns its token. */
    public String remember(String community, String question) {
        String token = tokens.get();
        drafts.put(token, new Draft(community, question, "", ""));
        return token;
    }

    /** The draft under {@code token} if it was kept for {@code community} and has not expired. */
    public Optional<Draft> find(String token, String community) {
        return Optional.ofNullable(drafts.getIfPresent(token))
                .filter(d -> d.community().equals(community));
    }

    /** Replaces the draft under {@code token} with what was typed (a refused submission), for another day. */
    public void keep(String token, Draft draft) {
        drafts.put(token, Objects.requireNonNull(draft, "draft"));
    }
}
