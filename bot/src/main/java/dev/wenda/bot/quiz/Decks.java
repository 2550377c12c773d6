package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A community's imported decks, as quiz rounds draw from them ({@code quiz start deck=NAME}). */
public interface Decks {
    /** The names of {@code community}'s decks, sorted. */
    List<String> names(String community);

    /** The live entries of {@code community}'s deck {@code name}; empty when it has no such deck. */
    Optional<List<Card>> cards(String community, String name);

    /**
     * One entry of a deck.
     *
     * @param accepted every accepted short answer (an entry of a trivia deck); empty for others
     */
    record Card(QaEntry entry, List<String> accepted) {
        public Card {
            Objects.requireNonNull(entry, "entry");
            accepted = List.copyOf(accepted);
        }
    }

    /** No decks at all (a process without community banks). */
    Decks NONE = new Decks() {
        @Override
        public List<String> names(String community) {
            return List.of();
        }

        @Override
        public Optional<List<Card>> cards(String community, String name) {
            return Optional.empty();
        }
    };
}
