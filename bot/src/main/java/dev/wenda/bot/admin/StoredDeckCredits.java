package dev.wenda.bot.admin;

import dev.wenda.bot.ask.DeckCredits;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.StoreException;
import dev.wenda.content.QaEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deck credits from the store: an entry of a community's own bank (its id is a community id, its
 * source ref's stem its deck) gets its deck's name and licence, unless the deck was written from chat
 * ({@link CommunityBank#CHAT_DECK}, {@link CommunityBank#ALIAS_DECK}), which has no licence to show.
 * Each community's decks are read at most once every {@link #FRESH}; when the store cannot be
 * reached the entry is shown without its credit, and the store is not asked again for that long.
 */
public final class StoredDeckCredits implements DeckCredits {
    /** How long a community's decks are kept before they are read again. */
    static final Duration FRESH = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(StoredDeckCredits.class);

    private final Supplier<CommunityEntries> store;
    private final Clock clock;
    private final Map<String, Read> reads = new ConcurrentHashMap<>();

    /** @param store the community banks, opened on the first credit looked up (never for a bundled entry) */
    public StoredDeckCredits(Supplier<CommunityEntries> store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private record Read(Instant at, Map<String, CommunityEntries.Deck> decks) {}

    @Override
    public Optional<Credit> of(String community, QaEntry entry) {
        if (!CommunityEntries.isCommunityId(entry.id())) {
            return Optional.empty();
        }
        // An alternate wording's first place is the aliases deck; its target's places follow.
        List<String> stems = entry.refs().stream()
                .map(ref -> ref.stem())
                .filter(stem -> !stem.equals(CommunityBank.CHAT_DECK) && !stem.equals(CommunityBank.ALIAS_DECK))
                .toList();
        if (stems.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CommunityEntries.Deck> decks = decks(community);
        return stems.stream()
                .map(decks::get)
                .filter(Objects::nonNull)
                .findFirst()
                .map(d -> new Credit(d.name(), d.licence()));
    }

    private Map<String, CommunityEntries.Deck> decks(String community) {
        Instant now = clock.instant();
        Read read = reads.get(community);
        if (read != null && now.isBefore(read.at().plus(FRESH))) {
            return read.decks();
        }
        Map<String, CommunityEntries.Deck> decks;
        try {
            decks = store.get().decks(community).stream()
                    .collect(Collectors.toMap(CommunityEntries.Deck::name, Function.identity()));
        } catch (StoreException e) {
            LOG.warn("deck licences of community {} not read: {}", community, e.getMessage());
            decks = read == null ? Map.of() : read.decks();
        }
        reads.put(community, new Read(now, decks));
        return decks;
    }
}
