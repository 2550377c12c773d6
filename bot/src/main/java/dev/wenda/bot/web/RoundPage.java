package dev.wenda.bot.web;

import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.Standing;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A round's report: each question, its right answer, who answered what and after how long; the scores. */
final class RoundPage {
    private final WebData data;
    private final Players players;
    private final QuestionTexts questions = new QuestionTexts();

    RoundPage(WebData data, Players players) {
        this.data = data;
        this.players = players;
    }

    PageResult render(View view, Grant grant, String roundId) {
        Optional<RoundRow> found = data.rounds().round(roundId);
        // A round of another community, or someone's personal review, does not exist for this link.
        if (found.isEmpty()
                || !found.get().platform().name().equals(grant.platform())
                || !found.get().community().equals(grant.community())
                || (found.get().personal() && !found.get().starterId().equals(grant.user()))) {
            return PageResult.notFound(view, "error.noRound");
        }
        RoundRow round = found.get();
        Html h = new Html();
        h.element(
                "p",
                "meta",
                view.text(
                        "round.meta",
                        view.dateTime(round.startedAt()),
                        round.starterName(),
                        round.questionCount(),
                        round.seconds()));
        scores(h, view, grant, data.rounds().roundScores(roundId));
        for (QuestionRow q : data.rounds().questions(roundId)) {
            if (q.postedAt().isEmpty()) {
                continue;
            }
            QuestionTexts.Shown shown = questions.of(q.payload());
            h.open("section", "question").element("h2", "", view.text("round.question", q.no()));
            h.element("p", "prompt", shown.question());
            h.element("p", "right", view.text("round.rightAnswer", shown.answer()));
            answers(h, view, grant, q, data.rounds().answers(roundId, q.no()));
            h.close("section");
        }
        return new PageResult.Page(view.text("round.title", view.dateTime(round.startedAt())), h);
    }

    private void answers(Html h, View view, Grant grant, QuestionRow q, List<AnswerRow> answers) {
        if (answers.isEmpty()) {
            h.element("p", "empty", view.text("round.noAnswers"));
            return;
        }
        h.raw("<div class=\"scroll\"><table><thead><tr>");
        for (String col : List.of("player", "answer", "after", "result", "points")) {
            h.element("th", col.equals("after") || col.equals("points") ? "num" : "", view.text("round.col." + col));
        }
        h.raw("</tr></thead><tbody>");
        long posted = q.postedAt().getAsLong();
        for (AnswerRow a : answers) {
            h.raw(a.userId().equals(grant.user()) ? "<tr class=\"me\">" : "<tr>");
            h.open("td", "").link(view.href("player/" + players.pseudonym(grant, a.userId())), a.userName());
            h.close("td");
            h.element("td", "", a.answer());
            double seconds = Math.max(0, a.answeredAt() - posted) / 1000.0;
            h.element("td", "num", view.text("round.seconds", String.format(Locale.ROOT, "%.1f", seconds)));
            String result = !a.graded() ? "marked" : a.correct() ? "right" : "wrong";
            h.element("td", result, view.text("answer." + result));
            h.element("td", "num", Integer.toString(a.points()));
            h.raw("</tr>");
        }
        h.raw("</tbody></table></div>");
    }

    private void scores(Html h, View view, Grant grant, List<Standing> scores) {
        if (scores.isEmpty()) {
            return;
        }
        h.element("h2", "", view.text("round.scores")).open("ol", "scores");
        for (Standing s : scores) {
            h.open("li", s.userId().equals(grant.user()) ? "me" : "")
                    .link(view.href("player/" + players.pseudonym(grant, s.userId())), s.userName())
                    .text(" " + s.points());
            h.close("li");
        }
        h.close("ol");
    }
}
