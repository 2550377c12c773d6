package dev.wenda.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wenda.content.QaEntry;
import dev.wenda.search.Features;
import dev.wenda.search.Hit;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.Signals;
import dev.wenda.search.eval.EvalMetrics;
import java.util.Locale;

/**
 * The JSON shapes of {@code wenda ask --json} and {@code wenda eval --json}: one object per query,
 * {@code {"query", "decision", "ranked": [["stem#n", ...], ...]}}; ask adds scores, signals and
 * the answer or candidates.
 */
final class SearchJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private SearchJson() {}

    /**
     * The eval line: query, decision (with the reason of candidates and abstentions), every ranked
     * entry as its refs, best first, and the signals the decision was made from.
     */
    static ObjectNode evalLine(String query, SearchOutcome outcome) {
        ObjectNode line = JSON.createObjectNode();
        line.put("query", query);
        line.put("decision", outcome.decision());
        switch (outcome) {
            case SearchOutcome.Answer a -> {}
            case SearchOutcome.Candidates c ->
                line.put("reason", c.doubt().name().toLowerCase(Locale.ROOT));
            case SearchOutcome.Abstain a ->
                line.put("reason", a.silence().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode ranked = line.putArray("ranked");
        for (Hit h : outcome.ranked()) {
            ArrayNode refs = ranked.addArray();
            h.refKeys().forEach(refs::add);
        }
        Signals s = outcome.signals();
        ObjectNode signals = line.putObject("signals");
        signals.put("confidence", round(s.confidence()));
        double[] values = s.features().vector();
        for (int i = 0; i < values.length; i++) {
            signals.put(Features.NAMES.get(i), round(values[i]));
        }
        ArrayNode missing = signals.putArray("missingAspects");
        s.missingAspects().forEach(missing::add);
        return line;
    }

    /** The ask line: the eval line plus scores and the entries shown. */
    static ObjectNode askLine(String query, SearchOutcome outcome) {
        ObjectNode line = evalLine(query, outcome);
        ArrayNode scores = line.putArray("scores");
        outcome.ranked().forEach(h -> scores.add(round(h.score())));
        switch (outcome) {
            case SearchOutcome.Answer a -> {
                line.set("answer", entry(a.best().entry()));
                ArrayNode related = line.putArray("related");
                a.related().forEach(h -> related.add(entry(h.entry())));
            }
            case SearchOutcome.Candidates c -> {
                ArrayNode candidates = line.putArray("candidates");
                c.candidates().forEach(h -> candidates.add(entry(h.entry())));
            }
            case SearchOutcome.Abstain a -> {
                ArrayNode topics = line.putArray("topics");
                a.topics().forEach(topics::add);
            }
        }
        return line;
    }

    static ObjectNode metrics(String mode, EvalMetrics m) {
        ObjectNode line = JSON.createObjectNode();
        line.put("mode", mode);
        line.put("inDomain", m.inDomain());
        line.put("outOfDomain", m.outOfDomain());
        line.put("top1", round(m.top1()));
        line.put("recallAt3", round(m.recallAt3()));
        line.put("mrrAt10", round(m.mrrAt10()));
        line.put("answered", round(m.answered()));
        line.put("candidates", round(m.candidates()));
        line.put("helpful", round(m.helpful()));
        line.put("answerPrecision", round(m.answerPrecision()));
        line.put("wrongAnswers", m.wrongAnswers());
        line.put("offTopicAnswered", round(m.offTopicAnswered()));
        line.put("oodAbstained", round(m.oodAbstained()));
        line.put("p50Millis", round(m.p50Millis()));
        line.put("p99Millis", round(m.p99Millis()));
        ObjectNode classes = line.putObject("byClass");
        m.byClass().forEach((name, c) -> {
            ObjectNode n = classes.putObject(name);
            n.put("queries", c.queries());
            n.put("answered", c.answered());
            n.put("right", c.right());
            n.put("candidates", c.candidates());
            n.put("abstained", c.abstained());
        });
        return line;
    }

    private static ObjectNode entry(QaEntry e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", e.id());
        node.put("question", e.question());
        ArrayNode refs = node.putArray("refs");
        e.refs().forEach(r -> refs.add(r.key()));
        node.put("answer", e.answer());
        return node;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
