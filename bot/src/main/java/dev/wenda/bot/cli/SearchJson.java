package dev.wenda.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wenda.content.QaEntry;
import dev.wenda.search.Hit;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.Signals;
import dev.wenda.search.eval.EvalMetrics;

/**
 * The JSON shapes of {@code wenda ask --json} and {@code wenda eval --json}: one object per query,
 * {@code {"query", "decision", "ranked": [["stem#n", ...], ...]}}; ask adds scores, signals and
 * the answer or candidates.
 */
final class SearchJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private SearchJson() {}

    /** The eval line: query, decision and every ranked entry as its refs, best first. */
    static ObjectNode evalLine(String query, SearchOutcome outcome) {
        ObjectNode line = JSON.createObjectNode();
        line.put("query", query);
        line.put("decision", outcome.decision());
        ArrayNode ranked = line.putArray("ranked");
        for (Hit h : outcome.ranked()) {
            ArrayNode refs = ranked.addArray();
            h.refKeys().forEach(refs::add);
        }
        return line;
    }

    /** The ask line: the eval line plus scores, signals and the entries shown. */
    static ObjectNode askLine(String query, SearchOutcome outcome) {
        ObjectNode line = evalLine(query, outcome);
        ArrayNode scores = line.putArray("scores");
        outcome.ranked().forEach(h -> scores.add(round(h.score())));
        Signals s = outcome.signals();
        ObjectNode signals = line.putObject("signals");
        signals.put("confidence", round(s.confidence()));
        signals.put("similarity", round(s.similarity()));
        signals.put("margin", round(s.margin()));
        signals.put("questionCoverage", round(s.questionCoverage()));
        signals.put("coverage", round(s.coverage()));
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
        line.put("answerPrecision", round(m.answerPrecision()));
        line.put("oodAbstained", round(m.oodAbstained()));
        line.put("p50Millis", round(m.p50Millis()));
        line.put("p99Millis", round(m.p99Millis()));
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
