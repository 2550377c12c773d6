package dev.wenda.bot.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Errors counted by kind, with the first example of each kept for the report. */
final class Errors {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();

    void add(String kind, String example) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
        examples.putIfAbsent(kind, example.length() > 300 ? example.substring(0, 300) + "…" : example);
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    String describe() {
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        new TreeMap<>(counts).forEach((kind, n) -> out.append("\n    ")
                .append(kind)
                .append(": ")
                .append(n.sum())
                .append(" (e.g. ")
                .append(examples.get(kind))
                .append(')'));
        return out.toString();
    }
}
