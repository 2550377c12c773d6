package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Messages;
import dev.wenda.content.QaEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one question of a kind from an entry (or from the numeric source), or says why the entry
 * cannot make a fair one of that kind (logged once per entry and kind).
 *
 * <p>A multiple-choice question is fair when exactly one option is right: the distractors are
 * entries of the same field (the closest by tags and wording) that the pool does not consider to
 * {@link QuestionPool#overlaps overlap} the keyed entry or each other, with options of their own
 * that are not duplicates. Among the closest candidates, the three whose options share about as
 * many character bigrams with the prompt as the right option are taken, so surface overlap does not
 * give the answer away.
 */
final class QuestionFactory {
    static final int OPTION_LENGTH = 120;
    static final int PROMPT_LENGTH = 300;
    static final int REVEAL_LENGTH = 300;
    private static final int OPTIONS = 4;
    private static final int CANDIDATES = 60;
    /** Distractors are chosen among this many of the closest fair candidates. */
    private static final int SHORTLIST = 20;
    /** Options whose bigram Jaccard reaches this read as the same option. */
    private static final double SAME_OPTION = Overlaps.SAME_TEXT;

    private static final Logger LOG = LoggerFactory.getLogger(QuestionFactory.class);

    private final QuestionPool pool;
    private final NumericQuestionSource numeric;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    QuestionFactory(QuestionPool pool, NumericQuestionSource numeric) {
        this.pool = pool;
        this.numeric = numeric;
    }

    /**
     * One try at a question: the question and the entries its distractors came from (in the order
     * of their options), or why the entry makes no fair question of the kind.
     */
    record Attempt(Optional<Question> question, List<QaEntry> distractors, String skipped) {
        Attempt {
            distractors = List.copyOf(distractors);
        }

        static Attempt made(Question question, List<QaEntry> distractors) {
            return new Attempt(Optional.of(question), distractors, "");
        }

        static Attempt skip(String reason) {
            return new Attempt(Optional.empty(), List.of(), reason);
        }
    }

    Optional<Question> make(Kind kind, QaEntry entry, RandomGenerator random) {
        Attempt attempt = attempt(kind, entry, random);
        if (attempt.question().isEmpty() && kind != Kind.NUMERIC && logged.add(kind + " " + entry.id())) {
            LOG.info("entry {} makes no fair {} question: {}", entry.id(), kind, attempt.skipped());
        }
        return attempt.question();
    }

    Attempt attempt(Kind kind, QaEntry entry, RandomGenerator random) {
        return switch (kind) {
            case CHOICE, REVERSE -> options(kind, entry, random);
            case FLASHCARD -> flashcard(entry);
            case NUMERIC -> Attempt.skip("numeric questions come from calc, not from entries");
            case TYPED -> Attempt.skip("typed questions come from the accepted answers of trivia decks");
        };
    }

    Optional<Question> numeric(RandomGenerator random, Messages messages) {
        return numeric.next(random, messages)
                .map(p -> new Question.Numeric(
                        p.id(), p.topic(), p.prompt(), p.answer(), p.tolerance(), p.toleranceText(), p.explanation()));
    }

    static String topicOf(QaEntry entry) {
        return entry.tags().isEmpty() ? "general" : entry.tags().getFirst();
    }

    /**
     * The entry's answer as shown at the reveal: its opening, shortened; its key point when the
     * opening says nothing (a bare link).
     */
    static String reveal(QaEntry entry) {
        String opening = Summaries.opening(entry.answer(), REVEAL_LENGTH);
        return Summaries.meaningful(opening) ? opening : Summaries.shorten(entry.keyPoint(), REVEAL_LENGTH);
    }

    private static Attempt flashcard(QaEntry entry) {
        String answer = reveal(entry);
        if (!Summaries.meaningful(answer)) {
            return Attempt.skip("the answer has no text to reveal");
        }
        return Attempt.made(
                new Question.Flashcard(entry.id(), topicOf(entry), shortQuestion(entry, PROMPT_LENGTH), answer),
                List.of());
    }

    private Attempt options(Kind kind, QaEntry entry, RandomGenerator random) {
        boolean reverse = kind == Kind.REVERSE;
        String point = Summaries.summarize(entry, reverse ? PROMPT_LENGTH : OPTION_LENGTH);
        if (point.isEmpty()) {
            return Attempt.skip("the answer states no point that could be shown");
        }
        String right = reverse ? shortQuestion(entry, OPTION_LENGTH) : point;
        String prompt = reverse ? point : shortQuestion(entry, PROMPT_LENGTH);
        List<Candidate> fair = new ArrayList<>();
        for (QaEntry other : pool.similar(entry, CANDIDATES)) {
            String text = reverse ? shortQuestion(other, OPTION_LENGTH) : Summaries.summarize(other, OPTION_LENGTH);
            if (text.isEmpty() || sameOption(text, right) || pool.overlaps(entry, other)) {
                continue;
            }
            // "前者…后者…" under another question is wrong at a glance: no distractor.
            if (!reverse && !Summaries.standsAlone(text)) {
                continue;
            }
            // A reverse prompt must point to one question: no distractor may make the same point.
            if (reverse && sameOption(Summaries.summarize(other, PROMPT_LENGTH), point)) {
                continue;
            }
            fair.add(new Candidate(other, text, Bigrams.shared(prompt, text)));
        }
        List<Candidate> distractors = pick(fair, Bigrams.shared(prompt, right));
        if (distractors.size() < OPTIONS - 1) {
            return Attempt.skip(
                    "only " + distractors.size() + " distractors neither answer its question nor repeat an option");
        }
        List<Candidate> order = new ArrayList<>(distractors);
        order.addFirst(null); // the right option's place, first before the shuffle
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(i, order.set(j, order.get(i)));
        }
        List<String> options =
                order.stream().map(c -> c == null ? right : c.text()).toList();
        List<QaEntry> from =
                order.stream().filter(c -> c != null).map(Candidate::entry).toList();
        Question question = new Question.Options(
                kind,
                entry.id(),
                topicOf(entry),
                prompt,
                options,
                order.indexOf(null),
                shortQuestion(entry, PROMPT_LENGTH),
                reveal(entry));
        return Attempt.made(question, from);
    }

    private record Candidate(QaEntry entry, String text, int shared) {}

    /**
     * Three distractors from the closest fair candidates, none overlapping another or repeating its
     * option: the closest three such that one of them shares at least as many bigrams with the
     * prompt as the right option does, else the three sharing the most.
     */
    private List<Candidate> pick(List<Candidate> fair, int rightShared) {
        List<Candidate> shortlist = new ArrayList<>();
        for (Candidate c : fair) {
            if (shortlist.size() == SHORTLIST) {
                break;
            }
            if (shortlist.stream().noneMatch(s -> clash(s, c))) {
                shortlist.add(c);
            }
        }
        int need = OPTIONS - 1;
        if (shortlist.size() <= need) {
            return shortlist;
        }
        // Triples in order of closeness are (0,1,2), (0,1,3), … (0,1,n-1), (0,2,3), …: the first one
        // holding candidate m is (0,1,2) for m <= 2, else (0,1,m). So the closest triple reaching the
        // right option's sharing holds the first candidate that does, and without one, the first
        // triple with the most sharing holds the first candidate sharing the most.
        int chosen = -1;
        int most = 0;
        for (int m = 0; m < shortlist.size() && chosen < 0; m++) {
            int shared = shortlist.get(m).shared();
            if (shared >= rightShared) {
                chosen = m;
            } else if (shared > shortlist.get(most).shared()) {
                most = m;
            }
        }
        int with = chosen >= 0 ? chosen : most;
        return List.of(shortlist.get(0), shortlist.get(1), shortlist.get(Math.max(with, need - 1)));
    }

    private boolean clash(Candidate a, Candidate b) {
        return sameOption(a.text(), b.text()) || pool.overlaps(a.entry(), b.entry());
    }

    private static boolean sameOption(String a, String b) {
        return a.equals(b) || Bigrams.jaccard(a, b) >= SAME_OPTION;
    }

    private static String shortQuestion(QaEntry entry, int max) {
        return Summaries.shorten(entry.question(), max);
    }
}
