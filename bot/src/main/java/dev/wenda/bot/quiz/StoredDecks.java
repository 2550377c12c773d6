package dev.wenda.bot.quiz;

import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decks of the store's community banks. An entry has the id and the source ref search gives
 * it (the deck as the stem), so a question's "Full answer" button finds it in the community's bank.
 */
public final class StoredDecks implements Decks {
    private final CommunityEntries store;

    public StoredDecks(CommunityEntries store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<String> names(String community) {
        return store.decks(community).stream().map(CommunityEntries.Deck::name).toList();
    }

    @Override
    public Optional<List<Card>> cards(String community, String name) {
        List<String> names = names(community);
        // The name as typed, else the one deck whose name differs only in case.
        Optional<String> deck = names.contains(name)
                ? Optional.of(name)
                : names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
        if (deck.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(store.entries(community, deck).stream()
                .map(row -> new Card(entry(row), row.accepted()))
                .toList());
    }

    private static QaEntry entry(CommunityEntries.Row row) {
        return new QaEntry(
                row.id(),
                row.question(),
                row.answer(),
                List.of(new SourceRef(row.deck(), Math.max(1, row.ordinal()), Math.max(1, row.line()))),
                row.tags(),
                List.of(),
                List.of());
    }
}
