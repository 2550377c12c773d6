package dev.wenda.bot.ask;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link BankDrafts} in this process's memory: the newest 10,000, each kept {@link BankDrafts#KEPT}. */
final class MemoryBankDrafts implements BankDrafts {
    private final Cache<String, Draft> drafts;
    private final Supplier<String> tokens;

    MemoryBankDrafts(Supplier<String> tokens, Ticker ticker) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.drafts = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(KEPT)
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                .build();
    }

    @Override
    public Optional<String> remember(String community, String question) {
        String token = tokens.get();
        drafts.put(token, new Draft(community, question, "", ""));
        return Optional.of(token);
    }

    @Override
    public Optional<Draft> find(String token, String community) {
        return Optional.ofNullable(drafts.getIfPresent(token))
                .filter(d -> d.community().equals(community));
    }

    @Override
    public void keep(String token, Draft draft) {
        drafts.put(token, Objects.requireNonNull(draft, "draft"));
    }
}
