package dev.wenda.bot.calc;

import java.util.Objects;

/**
 * The calc module's front: parses expressions, computes and renders. Built once by the composition
 * root; every part is plain Java without shared state except the catalog's cache.
 */
public final class Calc {
    private final LayerSyntax syntax = new LayerSyntax();
    private final NetworkCatalog catalog = new NetworkCatalog();
    private final Calculator calculator = new Calculator(new Analyzer());
    private final CalcExpression expressions = new CalcExpression(syntax, catalog);
    private final ReportText text = new ReportText();
    private final ReportJson json = new ReportJson();
    private final RfPainter painter = new RfPainter();

    /** The outcome of one expression: a report or a one-line error; never an exception. */
    public sealed interface Outcome {
        record Computed(CalcReport report, boolean json) implements Outcome {
            public Computed {
                Objects.requireNonNull(report, "report");
            }
        }

        record Help(String text) implements Outcome {}

        record Failed(String message) implements Outcome {}
    }

    /** Evaluates an expression such as {@code rf 3x3 3x3 --input 224}. */
    public Outcome run(String expression) {
        if (CalcExpression.isHelp(expression)) {
            return new Outcome.Help(CalcSyntax.help());
        }
        try {
            CalcExpression.Parsed parsed = expressions.parse(expression);
            return new Outcome.Computed(calculator.evaluate(parsed.query()), parsed.json());
        } catch (CalcInputException e) {
            return new Outcome.Failed(e.getMessage());
        } catch (ArithmeticException e) {
            return new Outcome.Failed("a value exceeds 64-bit integers");
        }
    }

    public LayerSyntax syntax() {
        return syntax;
    }

    public NetworkCatalog catalog() {
        return catalog;
    }

    public Calculator calculator() {
        return calculator;
    }

    public ReportText text() {
        return text;
    }

    public ReportJson json() {
        return json;
    }

    public RfPainter painter() {
        return painter;
    }
}
