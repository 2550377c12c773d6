package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextTable;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.Standing;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders questions, reveals and scoreboards as neutral replies, in Chinese or English. */
final class QuizTexts {
    static final String KNEW = new ActionId.Choice.Mark(true).encode();
    static final String DIDNT = new ActionId.Choice.Mark(false).encode();
    private static final String LETTERS = "ABCD";

    private QuizTexts() {}

    /** The id of a quiz button; {@code option} is an option's index, {@link #KNEW} or {@link #DIDNT}. */
    static String actionId(String roundId, int no, String option) {
        return new ActionId.Quiz(roundId, no, ActionId.Choice.parse(option)).encode();
    }

    static Reply question(String roundId, int no, int count, Question q, Instant closesAt, int seconds, Messages m) {
        String title = m.text("quiz.title", no, count, q.kind().label(m));
        Reply reply =
                switch (q) {
                    case Question.Options o -> options(roundId, no, o, m.text("quiz.options.how", seconds), m);
                    case Question.Numeric n ->
                        Reply.text("**" + n.prompt() + "**\n\n"
                                        + m.text("quiz.numeric.how", n.toleranceText(), seconds))
                                .takingTypedAnswers();
                    case Question.Flashcard f ->
                        Reply.text("**" + f.question() + "**\n\n" + m.text("quiz.flashcard.how", seconds));
                    case Question.Typed t ->
                        Reply.text("**" + t.question() + "**\n\n" + m.text("quiz.typed.how", seconds))
                                .takingTypedAnswers();
                };
        return reply.withTitle(title).withDeadline(closesAt);
    }

    private static Reply options(String roundId, int no, Question.Options o, String how, Messages m) {
        StringBuilder body = new StringBuilder();
        if (o.kind() == Kind.REVERSE) {
            body.append(m.text("quiz.reverse.ask")).append("\n\n> ").append(o.prompt());
        } else {
            body.append("**").append(o.prompt()).append("**");
        }
        body.append("\n\n").append(optionList(o.options()));
        body.append("\n\n").append(how);
        List<Reply.Action> buttons = new ArrayList<>();
        for (int i = 0; i < o.options().size(); i++) {
            buttons.add(Reply.Action.of(actionId(roundId, no, Integer.toString(i)), String.valueOf(LETTERS.charAt(i))));
        }
        return Reply.text(body.toString()).withActions(buttons);
    }

    /**
     * The daily question: open until the next morning, answered privately (a button, or {@code quiz
     * daily A} where there are no buttons); nobody sees who answered what until it is revealed.
     */
    static Reply dailyQuestion(String roundId, Question q, Instant closesAt, Messages m) {
        String title = m.text("daily.title", q.kind().label(m));
        Reply reply = q instanceof Question.Options o
                ? options(roundId, 1, o, m.text("daily.how"), m)
                : question(roundId, 1, 1, q, closesAt, 0, m);
        return reply.withTitle(title).withDeadline(closesAt);
    }

    static Reply reveal(String roundId, int no, int count, Question q, List<AnswerRow> answers, Messages m) {
        String title = m.text("quiz.title", no, count, m.text("quiz.answer"));
        StringBuilder body = new StringBuilder();
        List<Reply.Action> actions = new ArrayList<>();
        switch (q) {
            case Question.Options o -> {
                body.append("**").append(o.question()).append("**\n\n");
                body.append("✅ **")
                        .append(LETTERS.charAt(o.correct()))
                        .append(".** ")
                        .append(o.options().get(o.correct()));
                // The answer's opening, unless the right option already says all of it.
                if (!o.answer().equals(o.options().get(o.correct()))) {
                    body.append("\n\n> ").append(o.answer());
                }
                // The question's buttons stay, closed, with the right one marked.
                for (int i = 0; i < o.options().size(); i++) {
                    boolean right = i == o.correct();
                    actions.add(new Reply.Action(
                            actionId(roundId, no, Integer.toString(i)),
                            (right ? "✅ " : "") + LETTERS.charAt(i),
                            right ? Reply.Style.SUCCESS : Reply.Style.SECONDARY,
                            true));
                }
            }
            case Question.Numeric n ->
                body.append("**")
                        .append(n.prompt())
                        .append("**\n\n✅ **")
                        .append(grouped(n.answer()))
                        .append("** (")
                        .append(n.toleranceText())
                        .append(")\n\n")
                        .append(n.explanation());
            case Question.Typed t ->
                body.append("**")
                        .append(t.question())
                        .append("**\n\n✅ ")
                        .append(m.text("quiz.typed.accepted", acceptedList(t)));
            case Question.Flashcard f -> {
                body.append("**").append(f.question()).append("**\n\n> ").append(f.answer());
                actions.add(
                        new Reply.Action(actionId(roundId, no, KNEW), m.text("quiz.knew"), Reply.Style.SUCCESS, false));
                actions.add(new Reply.Action(
                        actionId(roundId, no, DIDNT), m.text("quiz.didnt"), Reply.Style.DANGER, false));
            }
        }
        if (q.graded()) {
            body.append("\n\n").append(winners(answers, m));
        }
        String askId = new ActionId.ShowEntry(q.entryId()).encode();
        if (q.kind() != Kind.NUMERIC && askId.length() <= 100) {
            actions.add(Reply.Action.of(askId, m.text("quiz.fullAnswer")));
        }
        Reply reply = Reply.text(body.toString()).withTitle(title).withActions(actions);
        return q.kind() == Kind.NUMERIC ? reply : reply.withFooter(m.text("quiz.entry", q.entryId()));
    }

    private static String winners(List<AnswerRow> answers, Messages m) {
        List<String> names = new ArrayList<>();
        for (AnswerRow a : answers) {
            if (a.correct()) {
                names.add((a.firstCorrect() ? "⚡" : "") + UserText.quote(a.userName(), UserText.MAX_NAME) + " +"
                        + a.points());
            }
        }
        if (names.isEmpty()) {
            return m.text("quiz.nobodyRight");
        }
        return m.text("quiz.correct", String.join(", ", names));
    }

    static String correctAnswer(Question q) {
        return switch (q) {
            case Question.Options o ->
                LETTERS.charAt(o.correct()) + ". " + o.options().get(o.correct());
            case Question.Numeric n -> n.answer().toPlainString();
            case Question.Flashcard f -> f.answer();
            case Question.Typed t -> String.join(" / ", t.accepted());
        };
    }

    /** The accepted answers of a typed question, each in bold, as written in the deck. */
    private static String acceptedList(Question.Typed t) {
        return String.join(
                " / ", t.accepted().stream().map(a -> "**" + a + "**").toList());
    }

    static Reply scoreboard(List<Standing> scores, EndReason reason, Messages m) {
        String title = m.text("quiz.over");
        if (scores.isEmpty()) {
            return Reply.text(m.text("quiz.nobodyAnswered")).withTitle(title);
        }
        TextTable table = new TextTable(
                List.of(
                        "#",
                        m.text("board.col.player"),
                        m.text("board.col.points"),
                        m.text("me.col.correct"),
                        m.text("quiz.col.streak")),
                List.of(true, false, true, true, true));
        int rank = 1;
        for (Standing s : scores) {
            table.add(List.of(
                    Integer.toString(rank++),
                    UserText.literal(s.userName(), UserText.MAX_NAME),
                    Long.toString(s.points()),
                    s.correct() + "/" + s.answered(),
                    Integer.toString(s.bestStreak())));
        }
        String intro =
                switch (reason) {
                    case STOPPED -> m.text("quiz.wasStopped") + "\n\n";
                    case CLOSED_AFTER_RESTART -> m.text("quiz.closedAfterRestart") + "\n\n";
                    case FINISHED -> "";
                };
        return Reply.text(intro + table.toMarkdown()).withTitle(title);
    }

    /** Posted once in the channel when a round pauses because the store cannot be reached. */
    static Reply paused(Messages m) {
        return Reply.text(m.text("quiz.paused"));
    }

    /** Posted when the store is back and the queued answers are recorded. */
    static Reply resumed(int counted, Messages m) {
        return Reply.text(m.text("quiz.resumed", counted));
    }

    /** The receipt of an answer taken while scores are paused. */
    static Reply queued(String answer, Messages m) {
        return Reply.privateText(m.text("quiz.queued", answer));
    }

    /** The reply to a quiz request that needs the store while it cannot be reached. */
    static Reply storeDown(Messages m) {
        return Reply.privateText(m.text("quiz.storeDown"));
    }

    /** 231211008 → 231,211,008: long answers are easier to compare grouped; 4 digits stay as they are. */
    static String grouped(BigDecimal value) {
        if (value.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
            return value.toPlainString();
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    private static String optionList(List<String> options) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            out.append(i == 0 ? "" : "\n")
                    .append("**")
                    .append(LETTERS.charAt(i))
                    .append(".** ")
                    .append(options.get(i));
        }
        return out.toString();
    }
}
