package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Phrase;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.content.QaEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Chooses a round's questions: entries of the topic the channel has not seen yet (starting the pool
 * over once it is used up), each as a question of a randomly drawn allowed kind. An entry that can
 * be a typed question (one of a trivia deck, {@link #typed}) is one whenever typed questions are
 * allowed; the bank's own entries never are.
 */
final class RoundPlanner {
    private static final Set<Kind> ENTRY_KINDS = EnumSet.of(Kind.CHOICE, Kind.REVERSE, Kind.FLASHCARD);

    private final QuestionPool pool;
    private final QuestionFactory factory;
    private final QuizStore store;
    private final Function<QaEntry, Optional<Question>> typed;
    private final String seenPrefix;

    /** A planner over the bank: no typed questions, seen entries kept under the topic. */
    RoundPlanner(QuestionPool pool, QuestionFactory factory, QuizStore store) {
        this(pool, factory, store, entry -> Optional.empty(), "");
    }

    /**
     * @param typed the typed question an entry makes, if any
     * @param seenPrefix put before the topic in the key of the channel's seen entries, so the
     *     entries of a deck are kept apart from the bank's
     */
    RoundPlanner(
            QuestionPool pool,
            QuestionFactory factory,
            QuizStore store,
            Function<QaEntry, Optional<Question>> typed,
            String seenPrefix) {
        this.pool = pool;
        this.factory = factory;
        this.store = store;
        this.typed = typed;
        this.seenPrefix = seenPrefix;
    }

    /** The outcome of planning. */
    sealed interface Plan {
        record Ready(List<Question> questions, String seenTopic) implements Plan {}

        record Refused(Phrase reason) implements Plan {}
    }

    /** The key under which a channel's seen entries of a topic are kept. */
    static String seenTopic(String topic) {
        return topic.strip().toLowerCase(Locale.ROOT);
    }

    Plan plan(String channelKey, String topic, int count, Set<Kind> kinds, RandomGenerator random, Messages m) {
        String seenTopic = seenPrefix + seenTopic(topic);
        List<Kind> entryKinds = kinds.stream().filter(ENTRY_KINDS::contains).toList();
        boolean typedAllowed = kinds.contains(Kind.TYPED);
        // Numeric problems have no topic: in a mixed round they join only when no topic was asked for.
        boolean numeric = kinds.contains(Kind.NUMERIC)
                && (kinds.size() == 1 || seenTopic(topic).isEmpty());
        List<QaEntry> entries = entryKinds.isEmpty() && !typedAllowed ? List.of() : pool.entries(topic);
        if (entries.isEmpty() && !numeric) {
            return new Plan.Refused(
                    topic.isBlank()
                            ? Phrase.of("quiz.plan.emptyBank")
                            : Phrase.of("quiz.plan.noTopic", UserText.quote(topic.strip())));
        }
        Deque<QaEntry> fresh = freshEntries(channelKey, seenTopic, entries, random);
        Set<String> used = new HashSet<>();
        List<Question> questions = new ArrayList<>();
        for (int attempt = 0; questions.size() < count && attempt < count * 3; attempt++) {
            boolean pickNumeric = numeric
                    && (entries.isEmpty() || entryKinds.isEmpty() || random.nextInt(entryKinds.size() + 1) == 0);
            if (pickNumeric) {
                factory.numeric(random, m).ifPresent(questions::add);
                continue;
            }
            Optional<QaEntry> entry = nextEntry(fresh, used, channelKey, seenTopic, entries, random);
            if (entry.isEmpty()) {
                break;
            }
            used.add(entry.get().id());
            Optional<Question> typedQuestion = typedAllowed ? typed.apply(entry.get()) : Optional.empty();
            if (typedQuestion.isPresent()) {
                questions.add(typedQuestion.get());
            } else if (!entryKinds.isEmpty()) {
                Kind first = entryKinds.get(random.nextInt(entryKinds.size()));
                make(first, entryKinds, entry.get(), random).ifPresent(questions::add);
            }
        }
        if (questions.isEmpty()) {
            return new Plan.Refused(
                    numeric && entries.isEmpty()
                            ? Phrase.of("quiz.plan.noNumeric")
                            : Phrase.of("quiz.plan.noQuestions"));
        }
        return new Plan.Ready(questions, seenTopic);
    }

    private Optional<Question> make(Kind first, List<Kind> kinds, QaEntry entry, RandomGenerator random) {
        Optional<Question> question = factory.make(first, entry, random);
        for (int i = 0; question.isEmpty() && i < kinds.size(); i++) {
            question = factory.make(kinds.get(i), entry, random);
        }
        return question;
    }

    private Deque<QaEntry> freshEntries(
            String channelKey, String seenTopic, List<QaEntry> entries, RandomGenerator random) {
        Set<String> seen = entries.isEmpty() ? Set.of() : store.seenEntries(channelKey, seenTopic);
        List<QaEntry> unseen = new ArrayList<>(
                entries.stream().filter(e -> !seen.contains(e.id())).toList());
        shuffle(unseen, random);
        return new ArrayDeque<>(unseen);
    }

    private Optional<QaEntry> nextEntry(
            Deque<QaEntry> fresh,
            Set<String> used,
            String channelKey,
            String seenTopic,
            List<QaEntry> entries,
            RandomGenerator random) {
        if (fresh.isEmpty() && !entries.isEmpty()) {
            // The topic's pool is used up in this channel: start it over, minus this round's picks.
            store.clearSeen(channelKey, seenTopic);
            List<QaEntry> again = new ArrayList<>(
                    entries.stream().filter(e -> !used.contains(e.id())).toList());
            shuffle(again, random);
            fresh.addAll(again);
        }
        return Optional.ofNullable(fresh.pollFirst());
    }

    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(i, list.set(j, list.get(i)));
        }
    }
}
