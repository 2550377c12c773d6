package dev.wenda.bot.app;

import dev.wenda.bot.ask.BankDrafts;
import dev.wenda.bot.store.BankDraftStore;
import dev.wenda.bot.store.StoreOutage;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Add to bank" drafts in the store, so that a press reaching another process (Slack Socket Mode
 * hands events to any connection) finds its draft. Expired drafts are deleted whenever a new one is
 * kept. When the database cannot be reached, the asked question goes out without its button;
 * a press or a submission gets the outage as {@link StoreOutage}, which the form answers.
 */
public final class StoredBankDrafts implements BankDrafts {
    private static final Logger LOG = LoggerFactory.getLogger(StoredBankDrafts.class);

    private final Supplier<BankDraftStore> store;
    private final Supplier<String> tokens;
    private final Clock clock;

    /** Fresh tokens tried before a reply goes without its button (a collision needs 41 random bits). */
    private static final int TOKEN_ATTEMPTS = 3;

    /** @param tokens fresh tokens: short, unguessable, never reused */
    public StoredBankDrafts(Supplier<BankDraftStore> store, Supplier<String> tokens, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<String> remember(String community, String question) {
        Instant now = clock.instant();
        try {
            BankDraftStore drafts = store.get();
            BankDraftStore.Row row = new BankDraftStore.Row(community, question, "", "");
            // every process and community shares the tokens: a live one is never overwritten
            for (int attempt = 0; attempt < TOKEN_ATTEMPTS; attempt++) {
                String token = tokens.get();
                if (drafts.add(token, row, now, now.plus(KEPT))) {
                    return Optional.of(token);
                }
            }
            LOG.warn("Add to bank draft not kept: {} tokens in a row were taken", TOKEN_ATTEMPTS);
            return Optional.empty();
        } catch (StoreOutage e) {
            LOG.warn("Add to bank draft not kept, the reply goes without its button: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<Draft> find(String token, String community) {
        return store.get()
                .find(token, community, clock.instant())
                .map(r -> new Draft(r.community(), r.question(), r.answer(), r.tags()));
    }

    @Override
    public void keep(String token, Draft draft) {
        store.get()
                .put(
                        token,
                        new BankDraftStore.Row(draft.community(), draft.question(), draft.answer(), draft.tags()),
                        clock.instant().plus(KEPT));
    }
}
