package dev.wenda.bot.slack;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Parses the text after {@code /wenda} into a {@link ChatRequest}. Bad input becomes a {@link
 * Parsed.Invalid} with a message that says what was wrong and shows the usage; see {@link #USAGE}.
 */
public final class CommandParser {
    /** The syntax, shown by {@code /wenda help} and with every usage error. Markdown. */
    public static final String USAGE = """
            **/wenda commands**
            • `/wenda ask <question>`: search the Q&A bank (or mention the app with a question)
            • `/wenda quiz start [topic] [count] [seconds] [kinds]`: start a round here; \
            e.g. `/wenda quiz start BN 5 20 choice` or `/wenda quiz start topic=BN count=5 seconds=20 kinds=choice,numeric`
            • `/wenda quiz stop` · `/wenda quiz skip`
            • `/wenda leaderboard [server|channel|group <name>] [week|month|all]` (default: server, all)
            • `/wenda group create|join|leave <name>` · `/wenda group list`
            • `/wenda me`: your stats · `/wenda review`: a round of the questions you missed
            • `/wenda calc <expression>`, e.g. `/wenda calc rf 3x3s1 3x3s1`
            • `/wenda help`
            Numeric quiz answers are typed as replies in the question's thread.""";

    private static final Set<String> KINDS = Set.of("choice", "reverse", "numeric", "flashcard");

    /** The outcome of parsing: a request, or a message for the user. */
    public sealed interface Parsed {
        record Valid(ChatRequest request) implements Parsed {}

        record Invalid(String message) implements Parsed {}
    }

    public Parsed parse(String text, Origin origin) {
        List<String> words = Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
        if (words.isEmpty()) {
            return new Parsed.Valid(new ChatRequest.Help(origin));
        }
        String sub = words.getFirst().toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        String rest = String.join(" ", args);
        return switch (sub) {
            case "help" -> new Parsed.Valid(new ChatRequest.Help(origin));
            case "ask" -> required(rest, "a question", "ask <question>", q -> new ChatRequest.Ask(origin, q));
            case "calc" -> required(rest, "an expression", "calc <expression>", e -> new ChatRequest.Calc(origin, e));
            case "me" -> new Parsed.Valid(new ChatRequest.Me(origin));
            case "review" -> new Parsed.Valid(new ChatRequest.Review(origin));
            case "quiz" -> quiz(args, origin);
            case "leaderboard", "lb" -> leaderboard(args, origin);
            case "group" -> group(args, origin);
            default -> invalid("Unknown command " + code(words.getFirst()) + ".");
        };
    }

    private static Parsed required(
            String rest, String what, String usage, java.util.function.Function<String, ChatRequest> build) {
        return rest.isBlank()
                ? invalid("`/wenda " + usage + "` needs " + what + ".")
                : new Parsed.Valid(build.apply(rest));
    }

    private static Parsed quiz(List<String> args, Origin origin) {
        String action = args.isEmpty() ? "" : args.getFirst().toLowerCase(Locale.ROOT);
        return switch (action) {
            case "start" -> quizStart(args.subList(1, args.size()), origin);
            case "stop" -> new Parsed.Valid(new ChatRequest.QuizStop(origin));
            case "skip" -> new Parsed.Valid(new ChatRequest.QuizSkip(origin));
            default -> invalid("`/wenda quiz` needs `start`, `stop` or `skip`.");
        };
    }

    private static Parsed quizStart(List<String> args, Origin origin) {
        List<String> topic = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        OptionalInt count = OptionalInt.empty();
        OptionalInt seconds = OptionalInt.empty();
        String kinds = "";
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                String key = arg.substring(0, eq).toLowerCase(Locale.ROOT);
                String value = arg.substring(eq + 1);
                switch (key) {
                    case "topic" -> topic.add(value);
                    case "count", "seconds" -> {
                        Optional<Integer> n = positive(value);
                        if (n.isEmpty()) {
                            return invalid(code(key) + " must be a positive whole number, was " + code(value) + ".");
                        }
                        if (key.equals("count")) {
                            count = OptionalInt.of(n.get());
                        } else {
                            seconds = OptionalInt.of(n.get());
                        }
                    }
                    case "kinds" -> {
                        if (!isKinds(value)) {
                            return invalid("Unknown quiz kinds " + code(value) + "; use "
                                    + String.join(", ", sortedKinds()) + ".");
                        }
                        kinds = value.toLowerCase(Locale.ROOT);
                    }
                    default -> {
                        return invalid(
                                "Unknown option " + code(key + "=") + "; use topic=, count=, seconds= or kinds=.");
                    }
                }
            } else if (positive(arg).isPresent()) {
                numbers.add(positive(arg).get());
            } else if (arg.chars().allMatch(Character::isDigit) || arg.startsWith("-") && arg.length() > 1) {
                return invalid("Numbers must be positive whole numbers, was " + code(arg) + ".");
            } else if (isKinds(arg)) {
                kinds = arg.toLowerCase(Locale.ROOT);
            } else {
                topic.add(arg);
            }
        }
        if (numbers.size() > 2) {
            return invalid("Give at most two numbers: the question count, then the seconds per question.");
        }
        if (!numbers.isEmpty() && count.isEmpty()) {
            count = OptionalInt.of(numbers.removeFirst());
        }
        if (!numbers.isEmpty() && seconds.isEmpty()) {
            seconds = OptionalInt.of(numbers.removeFirst());
        }
        if (!numbers.isEmpty()) {
            return invalid("count and seconds were each given twice.");
        }
        return new Parsed.Valid(new ChatRequest.QuizStart(origin, String.join(" ", topic), count, seconds, kinds));
    }

    private static Parsed leaderboard(List<String> args, Origin origin) {
        ChatRequest.Scope scope = ChatRequest.Scope.SERVER;
        ChatRequest.Period period = ChatRequest.Period.ALL;
        Optional<String> group = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i).toLowerCase(Locale.ROOT);
            switch (word) {
                case "server", "workspace" -> scope = ChatRequest.Scope.SERVER;
                case "channel" -> scope = ChatRequest.Scope.CHANNEL;
                case "group" -> {
                    if (i + 1 >= args.size()) {
                        return invalid("`/wenda leaderboard group <name>` needs the group's name.");
                    }
                    scope = ChatRequest.Scope.GROUP;
                    group = Optional.of(args.get(++i));
                }
                case "week" -> period = ChatRequest.Period.WEEK;
                case "month" -> period = ChatRequest.Period.MONTH;
                case "all" -> period = ChatRequest.Period.ALL;
                default -> {
                    return invalid("Unknown leaderboard option " + code(args.get(i))
                            + "; use server, channel or group <name>, and week, month or all.");
                }
            }
        }
        return new Parsed.Valid(new ChatRequest.Leaderboard(origin, scope, period, group));
    }

    private static Parsed group(List<String> args, Origin origin) {
        String action = args.isEmpty() ? "" : args.getFirst().toLowerCase(Locale.ROOT);
        String name = String.join(" ", args.subList(Math.min(1, args.size()), args.size()));
        ChatRequest.GroupAction groupAction =
                switch (action) {
                    case "create" -> ChatRequest.GroupAction.CREATE;
                    case "join" -> ChatRequest.GroupAction.JOIN;
                    case "leave" -> ChatRequest.GroupAction.LEAVE;
                    case "list" -> ChatRequest.GroupAction.LIST;
                    default -> null;
                };
        if (groupAction == null) {
            return invalid("`/wenda group` needs `create`, `join`, `leave` or `list`.");
        }
        if (groupAction == ChatRequest.GroupAction.LIST) {
            return new Parsed.Valid(new ChatRequest.Group(origin, groupAction, Optional.empty()));
        }
        if (name.isBlank()) {
            return invalid("`/wenda group " + action + " <name>` needs the group's name.");
        }
        return new Parsed.Valid(new ChatRequest.Group(origin, groupAction, Optional.of(name)));
    }

    private static Optional<Integer> positive(String text) {
        if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int n = Integer.parseInt(text);
        return n > 0 ? Optional.of(n) : Optional.empty();
    }

    private static boolean isKinds(String text) {
        return !text.isEmpty()
                && Arrays.stream(text.toLowerCase(Locale.ROOT).split(",", -1)).allMatch(KINDS::contains);
    }

    private static List<String> sortedKinds() {
        return KINDS.stream().sorted().toList();
    }

    private static Parsed invalid(String problem) {
        return new Parsed.Invalid(problem + "\n\n" + USAGE);
    }

    /** User text shown as inline code; backticks are dropped so the span cannot be broken out of. */
    private static String code(String userText) {
        String clean = userText.replace("`", "'");
        return "`" + (clean.length() > 40 ? clean.substring(0, 39) + "…" : clean) + "`";
    }
}
