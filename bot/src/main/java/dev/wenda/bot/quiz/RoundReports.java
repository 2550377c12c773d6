package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.DailyRounds;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is posted after a round's scoreboard, by the one process that ended it: the round report
 * (every question shown, its right answer, who got it, and each player's misses now queued for
 * review), or for a daily question the day's results with the players' daily streaks.
 */
public final class RoundReports implements QuizListener {
    private static final Logger LOG = LoggerFactory.getLogger(RoundReports.class);
    private static final int CUT = 80;

    private final QuizStore store;
    private final DailyRounds dailies;
    private final Outbox outbox;
    private final QuestionCodec codec = new QuestionCodec();

    public RoundReports(QuizStore store, DailyRounds dailies, Outbox outbox) {
        this.store = store;
        this.dailies = dailies;
        this.outbox = outbox;
    }

    @Override
    public void on(QuizEvent event) {
        if (!(event instanceof QuizEvent.RoundEnded ended)) {
            return;
        }
        try {
            store.round(ended.roundId()).ifPresent(round -> {
                Reply reply = ScheduledStarts.daily(round) ? daily(round) : report(round);
                Rounds.send(() -> outbox.post(Rounds.address(round), reply));
            });
        } catch (RuntimeException e) {
            LOG.warn("could not post the report of round {}", ended.roundId(), e);
        }
    }

    /** The round report: each posted question, its answer and who got it; then the misses queued for review. */
    Reply report(RoundRow round) {
        Messages m = Rounds.messages(round);
        StringBuilder body = new StringBuilder();
        Map<String, List<String>> missed = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (QuestionRow row : store.questions(round.id())) {
            if (row.postedAt().isEmpty()) {
                continue;
            }
            Question q = codec.decode(row.payload());
            List<String> right = new ArrayList<>();
            for (AnswerRow a : store.answers(round.id(), row.no())) {
                names.put(a.userId(), a.userName());
                boolean knew = !a.graded() && a.answer().equals("knew");
                if ((a.graded() && a.correct()) || knew) {
                    right.add(UserText.quote(a.userName(), UserText.MAX_NAME));
                } else if (q.kind() != Kind.NUMERIC) {
                    missed.computeIfAbsent(a.userId(), u -> new ArrayList<>()).add(q.entryId());
                }
            }
            body.append(body.isEmpty() ? "" : "\n")
                    .append("**")
                    .append(row.no())
                    .append(".** ")
                    .append(cut(questionText(q)))
                    .append("\n✅ ")
                    .append(cut(QuizTexts.correctAnswer(q)))
                    .append(" · ")
                    .append(right.isEmpty() ? m.text("report.nobody") : String.join(", ", right));
        }
        if (body.isEmpty()) {
            body.append(m.text("report.noQuestions"));
        }
        body.append("\n\n");
        if (missed.isEmpty()) {
            body.append(m.text("report.noMisses"));
        } else {
            body.append(m.text("report.queued"));
            for (var player : missed.entrySet()) {
                body.append("\n- ")
                        .append(UserText.quote(names.get(player.getKey()), UserText.MAX_NAME))
                        .append(": ")
                        .append(String.join(", ", player.getValue()));
            }
        }
        return Reply.text(body.toString()).withTitle(m.text("report.title"));
    }

    /** A daily question's results: how many answered and got it right, and their daily streaks. */
    Reply daily(RoundRow round) {
        Messages m = Rounds.messages(round);
        List<AnswerRow> answers = store.answers(round.id(), 1);
        Map<String, Integer> streaks = dailies.streaks(round.platform(), round.community());
        List<String> right = new ArrayList<>();
        for (AnswerRow a : answers) {
            if (a.correct()) {
                right.add(m.text(
                        "daily.results.streak",
                        UserText.quote(a.userName(), UserText.MAX_NAME),
                        streaks.getOrDefault(a.userId(), 1)));
            }
        }
        String body = m.text("daily.results.summary", answers.size(), right.size())
                + "\n\n"
                + (right.isEmpty()
                        ? m.text("daily.results.noStreaks")
                        : m.text("daily.results.streaks", String.join(", ", right)));
        return Reply.text(body).withTitle(m.text("daily.results.title"));
    }

    private static String questionText(Question q) {
        return switch (q) {
            case Question.Options o -> o.question();
            case Question.Numeric n -> n.prompt();
            case Question.Flashcard f -> f.question();
            case Question.Typed t -> t.question();
        };
    }

    /** At most {@value #CUT} characters on one line. */
    static String cut(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= CUT) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, CUT - 1)) + "…";
    }
}
