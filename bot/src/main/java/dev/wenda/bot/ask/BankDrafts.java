package dev.wenda.bot.ask;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The drafts behind "Add to bank" buttons: a button id has room for a short token, not for the
 * question, so the asked question is kept under the token for a day (then the button says it
 * expired), together with what an admin typed into a form the bank refused, so that reopening the
 * form loses nothing. {@code serve} keeps them in the store, so a press reaching any process finds
 * its draft; {@link #inMemory} keeps them in this process only. Implementations are thread-safe.
 */
public interface BankDrafts {
    /** How long a button keeps working. */
    Duration KEPT = Duration.ofDays(1);

    /** What the form shows: the question, and the answer and tags typed so far. */
    record Draft(String community, String question, String answer, String tags) {
        public Draft {
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(tags, "tags");
        }
    }

    /**
     * Keeps {@code question}, asked in {@code community}, and returns its token; empty when it could
     * not be kept (the store cannot be reached), and the reply goes without the button.
     */
    Optional<String> remember(String community, String question);

    /**
     * The draft under {@code token} if it was kept for {@code community} and has not expired.
     *
     * @throws dev.wenda.bot.store.StoreOutage when the drafts' store cannot be reached
     */
    Optional<Draft> find(String token, String community);

    /**
     * Replaces the draft under {@code token} with what was typed (a refused submission), for another day.
     *
     * @throws dev.wenda.bot.store.StoreOutage when the drafts' store cannot be reached
     */
    void keep(String token, Draft draft);

    /**
     * Drafts in this process's memory, for a runner without a store.
     *
     * @param tokens fresh tokens: short, unguessable, never reused ({@link QuestionLinks#randomTokens()})
     * @param ticker the time drafts expire by ({@link Ticker#systemTicker()})
     */
    static BankDrafts inMemory(Supplier<String> tokens, Ticker ticker) {
        return new MemoryBankDrafts(tokens, ticker);
    }
}
