package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Phrase;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.content.QaEntry;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rounds drawn from one deck of the community ({@code quiz start deck=NAME}): only that deck's
 * entries, as choice, reverse and flashcard questions with distractors from the same deck, and as
 * typed questions where the deck gives short accepted answers ({@link TypedAnswers#playable}).
 * Never numeric questions, which belong to no deck; never another community's deck.
 */
final class DeckRounds {
    /** Put before the deck's name in a deck round's topic. */
    static final String TOPIC_PREFIX = "deck:";

    private final Decks decks;
    private final QuizStore store;
    private final NumericQuestionSource numeric;

    DeckRounds(Decks decks, QuizStore store, NumericQuestionSource numeric) {
        this.decks = decks;
        this.store = store;
        this.numeric = numeric;
    }

    /** A deck found and ready to plan from, or why not. */
    sealed interface Found {
        /** @param kinds the asked kinds a deck can make */
        record Deck(String name, RoundPlanner planner, Set<Kind> kinds) implements Found {}

        record Refused(Phrase reason) implements Found {}
    }

    Found find(String community, String name, Set<Kind> asked) {
        String wanted = name.strip();
        Optional<List<Decks.Card>> cards = decks.cards(community, wanted);
        if (cards.isEmpty()) {
            List<String> names = decks.names(community);
            return new Found.Refused(
                    names.isEmpty()
                            ? Phrase.of("quiz.deck.none", UserText.quote(wanted))
                            : Phrase.of(
                                    "quiz.deck.unknown",
                                    UserText.quote(wanted),
                                    String.join(
                                            ", ",
                                            names.stream().map(UserText::quote).toList())));
        }
        Set<Kind> kinds = EnumSet.copyOf(asked);
        kinds.remove(Kind.NUMERIC);
        if (kinds.isEmpty()) {
            return new Found.Refused(Phrase.of("quiz.deck.noNumeric"));
        }
        Map<String, List<String>> typed = new HashMap<>();
        for (Decks.Card card : cards.get()) {
            TypedAnswers.playable(card.accepted())
                    .ifPresent(a -> typed.put(card.entry().id(), a));
        }
        if (kinds.equals(Set.of(Kind.TYPED)) && typed.isEmpty()) {
            return new Found.Refused(
                    Phrase.of("quiz.deck.noTyped", UserText.quote(wanted), TypedAnswers.MAX_ANSWER_CHARS));
        }
        List<QaEntry> entries = cards.get().stream().map(Decks.Card::entry).toList();
        if (entries.isEmpty()) {
            return new Found.Refused(Phrase.of("quiz.deck.empty", UserText.quote(wanted)));
        }
        BankQuestionPool pool = new BankQuestionPool(entries);
        RoundPlanner planner = new RoundPlanner(
                pool,
                new QuestionFactory(pool, numeric),
                store,
                entry -> Optional.ofNullable(typed.get(entry.id()))
                        .map(accepted -> new Question.Typed(
                                entry.id(), QuestionFactory.topicOf(entry), question(entry), accepted)),
                TOPIC_PREFIX + wanted.toLowerCase(Locale.ROOT) + "/");
        return new Found.Deck(wanted, planner, kinds);
    }

    private static String question(QaEntry entry) {
        return Summaries.shorten(entry.question(), QuestionFactory.PROMPT_LENGTH);
    }
}
