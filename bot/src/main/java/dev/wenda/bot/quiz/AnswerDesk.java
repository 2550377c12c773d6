package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
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

    Optional<Reply> typed(ChatRequest.TypedAnswer typed, Optional<RoundRow> active) {
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
                                letter.getAsInt() == o.correct()));
            }
            case Question.Numeric n -> {
                Optional<BigDecimal> number = AnswerParser.number(text);
                yield number.isEmpty()
                        ? Optional.empty()
                        : Optional.of(record(
                                round, no, q, typed.origin(), number.get().toPlainString(), n.accepts(number.get())));
            }
            case Question.Flashcard f -> Optional.empty();
        };
    }

    Optional<Reply> click(ChatRequest.Click click) {
        if (!(ActionId.parse(click.actionId()) instanceof ActionId.Quiz button)) {
            return Optional.empty();
        }
        boolean zh = click.origin().chinese();
        Optional<RoundRow> found = rounds.storeOrMemory().round(button.roundId());
        int no = button.no();
        if (found.isEmpty() || no < 1 || no > found.get().questionCount()) {
            return Optional.of(Reply.privateText(zh ? "这个按钮已失效。" : "That button no longer belongs to a round."));
        }
        RoundRow round = found.get();
        Question q = rounds.questions(round.id()).get(no - 1);
        if (button.choice() instanceof ActionId.Choice.Mark mark) {
            return Optional.of(mark(round, no, q, click.origin(), mark.knew()));
        }
        if (!(q instanceof Question.Options o)
                || !(button.choice() instanceof ActionId.Choice.Option option)
                || option.index() >= o.options().size()) {
            return Optional.of(Reply.privateText(zh ? "这个按钮已失效。" : "That button no longer belongs to a round."));
        }
        int index = option.index();
        return Optional.of(record(round, no, q, click.origin(), optionLabel(index), index == o.correct()));
    }

    private Reply record(RoundRow round, int no, Question q, Origin who, String answer, boolean correct) {
        boolean zh = who.chinese();
        if (round.personal() && !round.starterId().equals(who.user())) {
            return Reply.privateText(
                    zh
                            ? "这是 " + UserText.quote(round.starterName(), UserText.MAX_NAME) + " 的复习轮。"
                            : "This is " + UserText.quote(round.starterName(), UserText.MAX_NAME) + "'s review.");
        }
        long now = clock.millis();
        QuestionRow row = timing(round.id(), no);
        if (!round.open()
                || row.revealed()
                || row.closesAt().isEmpty()
                || now > row.closesAt().getAsLong()) {
            return Reply.privateText(zh ? "太迟了，第 " + no + " 题已结束。" : "Too late: question " + no + " is closed.");
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
                        () -> recorded(round, no, store.recordAnswer(draft, previous, true, rule), answer, zh),
                        () -> queue(round, draft, previous, rule));
    }

    private Reply recorded(RoundRow round, int no, RecordResult result, String answer, boolean zh) {
        return switch (result) {
            case RecordResult.Duplicate d -> already(no, zh);
            case RecordResult.Closed c ->
                Reply.privateText(zh ? "太迟了，第 " + no + " 题已结束。" : "Too late: question " + no + " is closed.");
            case RecordResult.Recorded r -> {
                afterAnswer(round, no, r.row());
                // The answer is our own rendering (a letter or a plain number), not the typed text.
                yield Reply.privateText(zh ? "已记录你的答案：" + answer : "Answer recorded: " + answer);
            }
        };
    }

    /** The round is paused by a store outage: the answer is acknowledged and waits in the backlog. */
    private Reply queue(RoundRow round, AnswerDraft draft, OptionalInt previous, QuizStore.PointsRule rule) {
        boolean zh = Rounds.zh(round);
        if (!backlog.add(new AnswerBacklog.Pending(draft, previous, rule, this::publish))) {
            return already(draft.no(), zh);
        }
        return QuizTexts.queued(draft.answer(), zh);
    }

    private static Reply already(int no, boolean zh) {
        return Reply.privateText(
                zh
                        ? "你已经回答过第 " + no + " 题，以第一次回答为准。"
                        : "You already answered question " + no + "; your first answer counts.");
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
        boolean zh = who.chinese();
        QuestionRow row = store.question(round.id(), no).orElseThrow();
        if (!(q instanceof Question.Flashcard) || !row.revealed()) {
            return Reply.privateText(zh ? "答案揭晓后才能标记。" : "Mark it once the answer is shown.");
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
            return Reply.privateText(
                    zh
                            ? (knew ? "已标记：知道" : "已标记：不知道，稍后复习")
                            : (knew ? "Marked: knew it." : "Marked: didn't; it goes to your review."));
        }
        return Reply.privateText(zh ? "你已经标记过这张卡片。" : "You already marked this card.");
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
