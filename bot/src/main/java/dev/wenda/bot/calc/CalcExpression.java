package dev.wenda.bot.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses a one-line calc expression as typed in chat ({@code /calc rf 3x3s1 3x3s1 --input 224}):
 * the same subcommands and options as {@code wenda calc}, except {@code --layers} and {@code --png}.
 */
public final class CalcExpression {
    /** Longer expressions are refused before any parsing. */
    public static final int MAX_LENGTH = 200_000;

    private static final Pattern FULL_INPUT = Pattern.compile("\\d+[x×*]\\d+[x×*]\\d+|[cC]\\d+");

    private final LayerSyntax syntax;
    private final NetworkCatalog catalog;

    /** A parsed expression: the query and whether JSON output was asked for. */
    public record Parsed(CalcQuery query, boolean json) {
        public Parsed {
            Objects.requireNonNull(query, "query");
        }
    }

    public CalcExpression(LayerSyntax syntax, NetworkCatalog catalog) {
        this.syntax = Objects.requireNonNull(syntax, "syntax");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Whether the expression asks for the syntax help instead of a computation. */
    public static boolean isHelp(String expression) {
        String t = expression.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || t.equals("help") || t.equals("--help") || t.equals("-h") || t.equals("?");
    }

    public Parsed parse(String expression) {
        if (expression.length() > MAX_LENGTH) {
            throw new CalcInputException(String.format(
                    "expression too long (%,d characters, at most %,d)", expression.length(), MAX_LENGTH));
        }
        List<String> words = tokenize(expression);
        if (words.isEmpty()) {
            throw new CalcInputException("empty expression; try `rf 3x3 3x3` or `help`");
        }
        String command = words.get(0).toLowerCase(Locale.ROOT);
        Optional<Shape> input = Optional.empty();
        boolean json = false;
        List<String> args = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.equals("--json")) {
                json = true;
            } else if (lower.equals("--input") || lower.equals("-i")) {
                if (i + 1 >= words.size()) {
                    throw new CalcInputException("--input needs a size, e.g. --input 224 or --input 24x24x3");
                }
                input = Optional.of(syntax.input(words.get(++i)));
            } else if (lower.startsWith("--input=")) {
                input = Optional.of(syntax.input(w.substring("--input=".length())));
            } else if (lower.equals("--layers") || lower.equals("--png")) {
                throw new CalcInputException(w + " works only on the command line (`wenda calc`)");
            } else if (lower.startsWith("--")) {
                throw new CalcInputException("unknown option " + w + " (known: --input, --json)");
            } else {
                args.add(w);
            }
        }
        return new Parsed(query(command, input, args), json);
    }

    private CalcQuery query(String command, Optional<Shape> input, List<String> args) {
        switch (command) {
            case "rf", "receptive", "感受野" -> {
                return new CalcQuery.Rf(syntax.parse(args), input.orElse(Shape.unknown()));
            }
            case "conv", "count", "params", "macs", "flops" -> {
                List<String> rest = new ArrayList<>(args);
                Shape in = input.orElseGet(() -> takeInput(rest, command));
                if (rest.isEmpty()) {
                    throw new CalcInputException(
                            command + " needs an input and at least one layer, e.g. `" + command + " 24x24x3 3x3x128`");
                }
                return new CalcQuery.Count(in, syntax.parse(rest));
            }
            case "compare" -> {
                List<String> rest = new ArrayList<>(args);
                Shape in = input.orElseGet(() -> takeInput(rest, command));
                List<CalcQuery.Candidate> candidates = new ArrayList<>();
                for (String r : rest) {
                    candidates.add(new CalcQuery.Candidate(r, syntax.parse(List.of(r))));
                }
                return new CalcQuery.Compare(in, candidates);
            }
            case "net" -> {
                if (args.size() != 1) {
                    throw new CalcInputException(
                            "net needs one network name (known: " + String.join(", ", catalog.names()) + ")");
                }
                return new CalcQuery.Net(catalog.get(args.get(0)), input);
            }
            default ->
                throw new CalcInputException(
                        "unknown calc command '" + command + "' (known: rf, conv, compare, net, help)");
        }
    }

    private Shape takeInput(List<String> rest, String command) {
        if (rest.isEmpty() || !FULL_INPUT.matcher(rest.get(0).strip()).matches()) {
            throw new CalcInputException(
                    command + " needs the input first as H x W x C, e.g. `" + command + " 24x24x3 3x3x128`");
        }
        return syntax.input(rest.remove(0));
    }

    /** Splits on blanks; "double", 'single' or “curly” quotes keep a group with spaces together. */
    static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote || (quote == '“' && c == '”')) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'' || c == '“') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inToken = false;
                }
            } else {
                cur.append(c);
                inToken = true;
            }
        }
        if (quote != 0) {
            throw new CalcInputException("unclosed quote " + quote + " in the expression");
        }
        if (inToken) {
            out.add(cur.toString());
        }
        return out;
    }
}
