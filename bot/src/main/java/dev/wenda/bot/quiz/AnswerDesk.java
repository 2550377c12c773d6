package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.AnswerDraft;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RecordResult;
import dev.wenda.bot.store.RoundRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Takes answers: typed text in a channel with a running round, and clicks on quiz buttons. Text
 * that is not an answer to the question on screen gets no reply at all.
 */
final class AnswerDesk {
    private final QuizStore store;
    private final ReviewScheduling reviews;
    private final Rounds rounds;
    private final Clock clock;
    private final QuizListener listener;
    private final QuizSettings settings;
    private final LiveRounds live;
    private final AnswerBacklog backlog;

    AnswerDesk(
            QuizStore store,
            ReviewScheduling reviews,
            Rounds rounds,
            Clock clock,
            QuizListener listener,
            QuizSettings settings,
            LiveRounds live,
            AnswerBacklog backlog) {
        this.live = live;
        this.backlog = backlog;
        this.store = store;
        this.reviews = reviews;
        this.rounds = rounds;
        this.clock = clock;
        this.listener = listener;
        this.settings = settings;
    }

    /** The desk's clock, for callers that stamp an answer's arrival before asking the store. */
    long now() {
        return clock.millis();
    }

    /**
     * @param arrived when the answer arrived, taken before any store call: the deadline and the
     *     speed points go by it, however long the store then takes
     */
    Optional<Reply> typed(ChatRequest.TypedAnswer typed, Optional<RoundRow> active, long arrived) {
        if (active.isEmpty() || active.get().currentNo() == 0) {
            return Optional.empty();
        }
        RoundRow round = active.get();
        int no = round.currentNo();
        Question q = rounds.questions(round.id()).get(no - 1);
        String text = typed.text();
        return switch (q) {
            case Question.Options o -> {
                OptionalInt letter = AnswerParser.optionLetter(text, o.options().size());
                yield letter.isEmpty()
                        ? Optional.empty()
                        : Optional.of(record(
                                round,
                                no,
                                q,
                                typed.origin(),
                                optionLabel(letter.getAsInt()),
                                letter.getAsInt() == o.correct(),
                                arrived));
            }
            case Question.Numeric n -> {
                Optional<BigDecimal> number = AnswerParser.number(text);
                yield number.isEmpty()
                        ? Optional.empty()
                        : Optional.of(record(
                                round,
                                no,
                                q,
                                typed.origin(),
                                number.get().toPlainString(),
                                n.accepts(number.get()),
                                arrived));
            }
            case Question.Typed t -> {
                Optional<String> attempt = TypedAnswers.attempt(text);
                yield attempt.isEmpty()
                        ? Optional.empty()
                        : Optional.of(record(
                                round,
                                no,
                                q,
                                typed.origin(),
                                UserText.quote(attempt.get()),
                                t.accepts(attempt.get()),
                                arrived));
            }
            case Question.Flashcard f -> Optional.empty();
        };
    }

    /** @param arrived when the click arrived, taken before any store call */
    Optional<Reply> click(ChatRequest.Click click, long arrived) {
        if (!(ActionId.parse(click.actionId()) instanceof ActionId.Quiz button)) {
            return Optional.empty();
        }
        Messages m = click.origin().messages();
        Optional<RoundRow> found = rounds.storeOrMemory().round(button.roundId());
        int no = button.no();
        if (found.isEmpty() || no < 1 || no > found.get().questionCount()) {
            return Optional.of(expired(m));
        }
        RoundRow round = found.get();
        Question q = rounds.questions(round.id()).get(no - 1);
        if (button.choice() instanceof ActionId.Choice.Mark mark) {
            return Optional.of(mark(round, no, q, click.origin(), mark.knew()));
        }
        if (!(q instanceof Question.Options o)
                || !(button.choice() instanceof ActionId.Choice.Option option)
                || option.index() >= o.options().size()) {
            return Optional.of(expired(m));
        }
        int index = option.index();
        return Optional.of(record(round, no, q, click.origin(), optionLabel(index), index == o.correct(), arrived));
    }

    private Reply record(RoundRow round, int no, Question q, Origin who, String answer, boolean correct, long arrived) {
        Messages m = who.messages();
        if (round.personal() && !round.starterId().equals(who.user())) {
            return Reply.privateText(
                    m.text("quiz.review.notYours", UserText.quote(round.starterName(), UserText.MAX_NAME)));
        }
        long now = arrived;
        QuestionRow row = timing(round.id(), no);
        if (!round.open()
                || row.revealed()
                || row.closesAt().isEmpty()
                || now > row.closesAt().getAsLong()) {
            return tooLate(no, m);
        }
        long posted = row.postedAt().orElse(now);
        long window = row.closesAt().getAsLong() - posted;
        AnswerDraft draft = new AnswerDraft(
                round.id(), no, who.user(), who.userName(), answer, true, correct, q.topic(), q.entryId(), now);
        OptionalInt previous = previousGraded(round.id(), no);
        QuizStore.PointsRule rule = (first, streak) -> settings.scoring().points(first, streak, now - posted, window);
        return rounds.storeOrMemory()
                .write(
                        round,
                        () -> recorded(round, no, store.recordAnswer(draft, previous, true, rule), answer, m),
                        () -> queue(round, draft, previous, rule));
    }

    private Reply recorded(RoundRow round, int no, RecordResult result, String answer, Messages m) {
        return switch (result) {
            case RecordResult.Duplicate d -> already(no, m);
            case RecordResult.Closed c -> tooLate(no, m);
            case RecordResult.Recorded r -> {
                afterAnswer(round, no, r.row());
                // The answer is our own rendering (a letter or a plain number), not the typed text.
                yield Reply.privateText(m.text("quiz.recorded", answer));
            }
        };
    }

    /** The round is paused by a store outage: the answer is acknowledged and waits in the backlog. */
    private Reply queue(RoundRow round, AnswerDraft draft, OptionalInt previous, QuizStore.PointsRule rule) {
        Messages m = Rounds.messages(round);
        if (live.hasAnswered(round.id(), draft.no(), draft.userId())) {
            return already(draft.no(), m); // recorded before the outage: this one would not count
        }
        if (!backlog.add(new AnswerBacklog.Pending(draft, previous, rule, this::publish))) {
            return already(draft.no(), m);
        }
        return QuizTexts.queued(draft.answer(), m);
    }

    private static Reply already(int no, Messages m) {
        return Reply.privateText(m.text("quiz.alreadyAnswered", no));
    }

    private static Reply tooLate(int no, Messages m) {
        return Reply.privateText(m.text("quiz.tooLate", no));
    }

    private static Reply expired(Messages m) {
        return Reply.privateText(m.text("quiz.buttonExpired"));
    }

    /**
     * The question's times: from memory when this process posted it or read it before (they never
     * change once posted; whether it was revealed since is the store's to say when the answer is
     * inserted), else from the store.
     */
    private QuestionRow timing(String roundId, int no) {
        Optional<QuestionRow> known = live.question(roundId, no);
        if (known.isPresent()) {
            return known.get();
        }
        QuestionRow row = store.question(roundId, no).orElseThrow();
        live.remember(row);
        return row;
    }

    private Reply mark(RoundRow round, int no, Question q, Origin who, boolean knew) {
        Messages m = who.messages();
        QuestionRow row = store.question(round.id(), no).orElseThrow();
        if (!(q instanceof Question.Flashcard) || !row.revealed()) {
            return Reply.privateText(m.text("quiz.mark.tooEarly"));
        }
        RecordResult result = store.recordAnswer(
                new AnswerDraft(
                        round.id(),
                        no,
                        who.user(),
                        who.userName(),
                        knew ? "knew" : "didn't",
                        false,
                        false,
                        q.topic(),
                        q.entryId(),
                        clock.millis()),
                OptionalInt.empty(),
                false,
                (first, streak) -> 0);
        if (result instanceof RecordResult.Recorded recorded) {
            reviews.marked(round, who.user(), q, knew);
            publish(recorded.row());
            return Reply.privateText(m.text(knew ? "quiz.mark.knew" : "quiz.mark.didnt"));
        }
        return Reply.privateText(m.text("quiz.mark.already"));
    }

    /** Review scheduling of graded answers happens at the reveal, for all players at once ({@link Rounds}). */
    private void afterAnswer(RoundRow round, int no, AnswerRow row) {
        publish(row);
        if (round.personal()) {
            // The only player answered: no reason to wait for the clock.
            rounds.reveal(round.id(), no, true);
        }
    }

    private void publish(AnswerRow row) {
        live.answered(row.roundId(), row.no(), row.userId());
        listener.on(new QuizEvent.AnswerRecorded(
                row.roundId(),
                java.time.Instant.ofEpochMilli(row.answeredAt()),
                row.no(),
                row.userId(),
                row.userName(),
                row.answer(),
                row.correct(),
                row.firstCorrect(),
                row.points()));
    }

    /** The graded question before {@code no}, whose answer carries a player's streak. */
    private OptionalInt previousGraded(String roundId, int no) {
        List<Question> questions = rounds.questions(roundId);
        for (int i = no - 1; i >= 1; i--) {
            if (questions.get(i - 1).graded()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static String optionLabel(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
