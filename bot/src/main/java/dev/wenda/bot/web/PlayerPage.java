package dev.wenda.bot.web;

import dev.wenda.bot.store.TopicStat;
import dev.wenda.bot.store.WebReads;
import dev.wenda.content.QaEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A player's page: totals and accuracy by topic, answers per day and accuracy per week over the
 * last 60 days (SVG), the reader's own review queue, and their recent rounds question by question.
 */
final class PlayerPage {
    static final int DAYS = 60;
    private static final int RECENT_ANSWERS = 40;
    private static final int REVIEW_SHOWN = 20;

    private final WebData data;
    private final Players players;
    private final QuestionTexts questions = new QuestionTexts();

    PlayerPage(WebData data, Players players) {
        this.data = data;
        this.players = players;
    }

    PageResult render(View view, Grant grant, String pseudonym) {
        Optional<String> user = players.user(grant, pseudonym);
        if (user.isEmpty()) {
            return PageResult.notFound(view, "error.noPlayer");
        }
        String id = user.get();
        boolean self = id.equals(grant.user());
        Optional<String> name = data.reads().name(grant.platform(), grant.community(), id);
        if (name.isEmpty() && !self) {
            return PageResult.notFound(view, "error.noPlayer");
        }
        Html h = new Html();
        List<TopicStat> topics = data.topics().of(grant.platform(), grant.community(), id);
        if (topics.isEmpty()) {
            h.element("p", "empty", view.text("player.none"));
        } else {
            summary(h, view, topics);
            activity(h, view, grant, id);
        }
        if (self) {
            review(h, view, grant);
        }
        recent(h, view, grant, id);
        return new PageResult.Page(view.text("player.title", name.orElse(view.text("nav.me"))), h);
    }

    private void summary(Html h, View view, List<TopicStat> topics) {
        int correct = topics.stream().mapToInt(TopicStat::correct).sum();
        int answered = topics.stream().mapToInt(TopicStat::answered).sum();
        h.element("p", "total", view.text("player.total", correct, answered, BoardsPage.percent(correct, answered)));
        h.element("h2", "", view.text("player.topics"));
        List<Charts.Bar> bars = topics.stream()
                .map(t -> new Charts.Bar(
                        t.topic(),
                        t.accuracy(),
                        BoardsPage.percent(t.correct(), t.answered()) + " (" + t.correct() + "/" + t.answered() + ")"))
                .toList();
        h.raw(Charts.bars(view.text("chart.topics"), bars));
    }

    private void activity(Html h, View view, Grant grant, String id) {
        Instant now = data.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, data.zone());
        LocalDate first = today.minusDays(DAYS - 1);
        long since = first.atStartOfDay(data.zone()).toInstant().toEpochMilli();
        List<WebReads.Mark> marks = data.reads().marks(grant.platform(), grant.community(), id, since);
        int[] perDay = new int[DAYS];
        int weeks = (DAYS + 6) / 7;
        int[] weekRight = new int[weeks];
        int[] weekGraded = new int[weeks];
        for (WebReads.Mark m : marks) {
            int day = (int) (LocalDate.ofInstant(Instant.ofEpochMilli(m.at()), data.zone())
                            .toEpochDay()
                    - first.toEpochDay());
            if (day < 0 || day >= DAYS) {
                continue;
            }
            perDay[day]++;
            if (m.graded()) {
                weekGraded[day / 7]++;
                weekRight[day / 7] += m.correct() ? 1 : 0;
            }
        }
        List<Integer> counts = new ArrayList<>();
        for (int n : perDay) {
            counts.add(n);
        }
        h.element("h2", "", view.text("player.perDay"));
        String firstDay = view.date(first.atStartOfDay(data.zone()).toInstant());
        String lastDay = view.date(today.atStartOfDay(data.zone()).toInstant());
        h.raw(Charts.columns(view.text("chart.perDay", firstDay, lastDay, marks.size()), counts, firstDay, lastDay));
        List<Charts.Bar> trend = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            String label =
                    view.date(first.plusDays(7L * w).atStartOfDay(data.zone()).toInstant());
            trend.add(new Charts.Bar(
                    label,
                    weekGraded[w] == 0 ? 0 : (double) weekRight[w] / weekGraded[w],
                    weekGraded[w] == 0 ? "" : BoardsPage.percent(weekRight[w], weekGraded[w])));
        }
        h.element("h2", "", view.text("player.trend"));
        h.raw(Charts.line(view.text("chart.trend"), trend));
    }

    private void review(Html h, View view, Grant grant) {
        h.element("h2", "", view.text("player.review"));
        long now = data.clock().millis();
        List<String> due = data.review().due(grant.platform(), grant.community(), grant.user(), now, REVIEW_SHOWN);
        if (due.isEmpty()) {
            h.element("p", "empty", view.text("player.reviewEmpty"));
            OptionalLong next = data.review().nextDue(grant.platform(), grant.community(), grant.user());
            if (next.isPresent()) {
                h.element("p", "", view.text("player.reviewNext", view.dateTime(next.getAsLong())));
            }
            return;
        }
        Set<String> ids = Set.copyOf(due);
        Map<String, String> texts = new LinkedHashMap<>();
        for (QaEntry e : data.bank().get().entries()) {
            if (ids.contains(e.id())) {
                texts.put(e.id(), e.question());
            }
        }
        h.open("ul", "review");
        for (String entry : due) {
            h.element("li", "", texts.getOrDefault(entry, entry));
        }
        h.close("ul");
    }

    private void recent(Html h, View view, Grant grant, String id) {
        List<WebReads.PastAnswer> answers =
                data.reads().recent(grant.platform(), grant.community(), id, RECENT_ANSWERS);
        if (answers.isEmpty()) {
            return;
        }
        h.element("h2", "", view.text("player.recent"));
        Map<String, List<WebReads.PastAnswer>> byRound = new LinkedHashMap<>();
        for (WebReads.PastAnswer a : answers) {
            byRound.computeIfAbsent(a.roundId(), k -> new ArrayList<>()).add(a);
        }
        for (List<WebReads.PastAnswer> round : byRound.values()) {
            WebReads.PastAnswer head = round.getFirst();
            h.open("section", "round").open("h3", "");
            h.link(
                    view.href("round/" + View.segment(head.roundId())),
                    view.text("player.round", view.dateTime(head.roundStartedAt())));
            h.close("h3").open("ul", "answers");
            round.sort((a, b) -> Integer.compare(a.no(), b.no()));
            for (WebReads.PastAnswer a : round) {
                String result = !a.graded() ? "marked" : a.correct() ? "right" : "wrong";
                h.open("li", result);
                h.element("span", "mark", view.text("answer." + result)).raw(" ");
                h.element("span", "no", view.text("round.question", a.no())).raw(" ");
                h.text(questions.of(a.payload()).question());
                h.close("li");
            }
            h.close("ul").close("section");
        }
    }
}
