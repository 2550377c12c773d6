package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ActionId;
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

    static Reply question(String roundId, int no, int count, Question q, Instant closesAt, int seconds, boolean zh) {
        String title =
                (zh ? "测验 " : "Quiz ") + no + "/" + count + " · " + q.kind().label(zh);
        Reply reply =
                switch (q) {
                    case Question.Options o -> {
                        StringBuilder body = new StringBuilder();
                        if (o.kind() == Kind.REVERSE) {
                            body.append(zh ? "这个答案属于哪个问题？\n\n> " : "Which question does this answer belong to?\n\n> ")
                                    .append(o.prompt());
                        } else {
                            body.append("**").append(o.prompt()).append("**");
                        }
                        body.append("\n\n").append(optionList(o.options()));
                        body.append("\n\n")
                                .append(
                                        zh
                                                ? "点击字母或直接输入字母作答，限时 " + seconds + " 秒。"
                                                : "Click a letter or type it; " + seconds + " s.");
                        List<Reply.Action> buttons = new ArrayList<>();
                        for (int i = 0; i < o.options().size(); i++) {
                            buttons.add(Reply.Action.of(
                                    actionId(roundId, no, Integer.toString(i)), String.valueOf(LETTERS.charAt(i))));
                        }
                        yield Reply.text(body.toString()).withActions(buttons);
                    }
                    case Question.Numeric n ->
                        Reply.text("**" + n.prompt() + "**\n\n"
                                        + (zh
                                                ? "直接输入数字作答（可写 1.2万、15.47G、1,024），允许误差 " + n.toleranceText() + "，限时 "
                                                        + seconds + " 秒。"
                                                : "Type the number (1.2万, 15.47G and 1,024 work); tolerance "
                                                        + n.toleranceText() + "; " + seconds + " s."))
                                .takingTypedAnswers();
                    case Question.Flashcard f ->
                        Reply.text("**" + f.question() + "**\n\n"
                                + (zh
                                        ? "先在心里作答；" + seconds + " 秒后揭晓答案，然后标记你是否知道。"
                                        : "Answer it in your head; the answer shows in " + seconds
                                                + " s, then mark whether you knew it."));
                };
        return reply.withTitle(title).withDeadline(closesAt);
    }

    static Reply reveal(String roundId, int no, int count, Question q, List<AnswerRow> answers, boolean zh) {
        String title = (zh ? "测验 " : "Quiz ") + no + "/" + count + " · " + (zh ? "答案" : "answer");
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
            case Question.Flashcard f -> {
                body.append("**").append(f.question()).append("**\n\n> ").append(f.answer());
                actions.add(new Reply.Action(
                        actionId(roundId, no, KNEW), zh ? "知道" : "Knew it", Reply.Style.SUCCESS, false));
                actions.add(new Reply.Action(
                        actionId(roundId, no, DIDNT), zh ? "不知道" : "Didn't", Reply.Style.DANGER, false));
            }
        }
        if (q.graded()) {
            body.append("\n\n").append(winners(answers, zh));
        }
        String askId = new ActionId.ShowEntry(q.entryId()).encode();
        if (q.kind() != Kind.NUMERIC && askId.length() <= 100) {
            actions.add(Reply.Action.of(askId, zh ? "查看完整答案" : "Full answer"));
        }
        Reply reply = Reply.text(body.toString()).withTitle(title).withActions(actions);
        return q.kind() == Kind.NUMERIC ? reply : reply.withFooter(zh ? "条目 " + q.entryId() : "entry " + q.entryId());
    }

    private static String winners(List<AnswerRow> answers, boolean zh) {
        List<String> names = new ArrayList<>();
        for (AnswerRow a : answers) {
            if (a.correct()) {
                names.add((a.firstCorrect() ? "⚡" : "") + UserText.quote(a.userName(), UserText.MAX_NAME) + " +"
                        + a.points());
            }
        }
        if (names.isEmpty()) {
            return zh ? "无人答对。" : "Nobody got it right.";
        }
        return (zh ? "答对：" : "Correct: ") + String.join(", ", names);
    }

    static String correctAnswer(Question q) {
        return switch (q) {
            case Question.Options o ->
                LETTERS.charAt(o.correct()) + ". " + o.options().get(o.correct());
            case Question.Numeric n -> n.answer().toPlainString();
            case Question.Flashcard f -> f.answer();
        };
    }

    static Reply scoreboard(List<Standing> scores, EndReason reason, boolean zh) {
        String title = zh ? "本轮结束" : "Round over";
        if (scores.isEmpty()) {
            return Reply.text(zh ? "本轮没有人作答。" : "Nobody answered this round.").withTitle(title);
        }
        TextTable table = new TextTable(
                zh ? List.of("#", "玩家", "得分", "答对", "最长连对") : List.of("#", "player", "points", "correct", "streak"),
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
                    case STOPPED -> zh ? "本轮已被停止。\n\n" : "The round was stopped.\n\n";
                    case CLOSED_AFTER_RESTART -> zh ? "重启后本轮已关闭，分数保留。\n\n" : "Closed after a restart; scores kept.\n\n";
                    case FINISHED -> "";
                };
        return Reply.text(intro + table.toMarkdown()).withTitle(title);
    }

    /** Posted once in the channel when a round pauses because the store cannot be reached. */
    static Reply paused(boolean zh) {
        return Reply.text(
                zh
                        ? "⏸ 计分暂停：暂时连不上数据库。可以继续作答，恢复后计入成绩，本轮随后继续。"
                        : "⏸ Scores are paused: the database cannot be reached right now. Keep answering: answers"
                                + " are taken and counted when it is back, and the round goes on then.");
    }

    /** Posted when the store is back and the queued answers are recorded. */
    static Reply resumed(int counted, boolean zh) {
        return Reply.text(
                zh
                        ? "▶ 计分已恢复：暂停期间的 " + counted + " 个答案已计入，本轮继续。"
                        : "▶ Scores are back: " + counted + (counted == 1 ? " answer" : " answers")
                                + " given during the pause counted; the round goes on.");
    }

    /** The receipt of an answer taken while scores are paused. */
    static Reply queued(String answer, boolean zh) {
        return Reply.privateText(
                zh
                        ? "已收到你的答案：" + answer + "。计分暂停中，数据库恢复后计入。"
                        : "Answer received: " + answer + ". Scores are paused; it counts once the database is back.");
    }

    /** The reply to a quiz request that needs the store while it cannot be reached. */
    static Reply storeDown(boolean zh) {
        return Reply.privateText(
                zh
                        ? "测验暂停：暂时连不上数据库。提问仍然可用，请稍后再试。"
                        : "Quizzes are paused: the database cannot be reached right now. Asking questions still"
                                + " works; please try this again in a minute.");
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
