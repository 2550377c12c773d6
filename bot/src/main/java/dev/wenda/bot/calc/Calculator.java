package dev.wenda.bot.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Evaluates parsed queries. Throws {@link CalcInputException} with a one-line message for bad input. */
public final class Calculator {
    private final Analyzer analyzer;

    public Calculator(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    public CalcReport evaluate(CalcQuery query) {
        return switch (query) {
            case CalcQuery.Rf q -> new CalcReport.Rf(analyzer.analyze(q.layers(), q.input()));
            case CalcQuery.Count q -> new CalcReport.Count(analyzer.analyze(q.layers(), channels(q.input())));
            case CalcQuery.Compare q -> {
                Shape input = complete(q.input(), "compare");
                if (q.candidates().size() < 2) {
                    throw new CalcInputException(
                            "compare needs at least two stacks, e.g. \"3x3x128\" \"1x1x64,3x3x128\"");
                }
                List<CalcReport.Entry> entries = new ArrayList<>();
                for (int i = 0; i < q.candidates().size(); i++) {
                    CalcQuery.Candidate c = q.candidates().get(i);
                    try {
                        entries.add(new CalcReport.Entry(c.text(), analyzer.analyze(c.layers(), input)));
                    } catch (CalcInputException e) {
                        throw new CalcInputException("stack " + (i + 1) + " \"" + c.text() + "\": " + e.getMessage());
                    }
                }
                yield new CalcReport.Compare(entries);
            }
            case CalcQuery.Net q -> {
                LayerJson.Network net = q.network();
                Shape input = q.input()
                        .map(s -> s.channels().isPresent()
                                ? s
                                : s.withChannels(net.input().channels().orElseThrow()))
                        .orElse(net.input());
                yield new CalcReport.Net(net.name(), net.source(), analyzer.analyze(net.layers(), input));
            }
        };
    }

    private static Shape channels(Shape input) {
        if (input.channels().isEmpty()) {
            throw new CalcInputException(
                    "conv needs the input channels: H x W x C such as 24x24x3, or c64 for params only (got " + input
                            + ")");
        }
        return input;
    }

    private static Shape complete(Shape input, String command) {
        if (!input.complete()) {
            throw new CalcInputException(command + " needs the input as H x W x C, e.g. 24x24x3 (got " + input + ")");
        }
        return input;
    }
}
