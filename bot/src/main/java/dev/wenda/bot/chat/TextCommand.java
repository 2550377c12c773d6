package dev.wenda.bot.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses the text form of a command, shared by the console ({@code /quiz start BN count=5}) and
 * Slack ({@code /wenda quiz start BN count=5}). The leading slash and the {@code wenda} word are
 * the caller's business; this class sees {@code quiz start BN count=5}.
 *
 * <pre>
 * ask QUESTION
 * quiz start [TOPIC…] [count=N] [seconds=N] [kinds=choice,reverse,numeric,flashcard]
 * quiz stop | quiz skip
 * quiz schedule daily HH:MM | weekly DAY HH:MM | question HH:MM [TOPIC…] [count=N] [seconds=N] [kinds=…]
 * quiz schedule list | quiz schedule cancel ID | quiz timezone [ZONE] | quiz daily LETTER
 * review export [csv|anki]
 * leaderboard [server|channel|group NAME] [week|month|all]
 * group create NAME | group join NAME | group leave NAME | group list
 * me | review | calc EXPRESSION | help | web [admin] | web public on|off
 * admin reset [server|channel|group NAME] | admin reload | admin delete-group NAME
 * add QUESTION | ANSWER [| TAGS] | edit ENTRY QUESTION | ANSWER [| TAGS] | remove ENTRY | gaps
 * digest | digest here [weekly] [DAY] [HH:MM] | digest off
 * </pre>
 *
 * <p>Usage messages that echo what the user typed escape it with {@link UserText#quote}.
 */
public final class TextCommand {
    private TextCommand() {}

    /** The outcome of parsing: a request, or a usage message for the user. */
    public sealed interface Parsed {
        record Ok(ChatRequest request) implements Parsed {}

        record Usage(String message) implements Parsed {}
    }

    public static Parsed parse(Origin origin, String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        if (words.isEmpty()) {
            return new Parsed.Ok(new ChatRequest.Help(origin));
        }
        String verb = words.removeFirst().toLowerCase(Locale.ROOT);
        String rest = String.join(" ", words);
        return switch (verb) {
            case "ask" -> rest.isEmpty() ? usage(origin, "ask QUESTION") : ok(new ChatRequest.Ask(origin, rest));
            case "quiz" -> quiz(origin, words);
            case "leaderboard", "lb", "board" -> leaderboard(origin, words);
            case "group" -> group(origin, words);
            case "me" -> ok(new ChatRequest.Me(origin));
            case "review" -> review(origin, words);
            case "web" -> web(origin, words);
            case "calc" -> rest.isEmpty() ? usage(origin, "calc EXPRESSION") : ok(new ChatRequest.Calc(origin, rest));
            case "help" -> ok(new ChatRequest.Help(origin));
            case "admin" -> admin(origin, words);
            case "digest" -> digest(origin, words);
            case "add", "edit", "remove", "gaps" ->
                BankCommands.parse(
                        origin, verb, text.strip().substring(verb.length()).strip());
            default -> unknown(origin, verb);
        };
    }

    private static Parsed web(Origin origin, List<String> words) {
        if (words.isEmpty()) {
            return ok(new ChatRequest.WebLink(origin, false));
        }
        if (words.size() == 1 && words.getFirst().equalsIgnoreCase("admin")) {
            return ok(new ChatRequest.WebLink(origin, true));
        }
        if (words.size() == 2 && words.getFirst().equalsIgnoreCase("public")) {
            String value = words.get(1).toLowerCase(Locale.ROOT);
            if (value.equals("on") || value.equals("off")) {
                return ok(new ChatRequest.PublicBoards(origin, value.equals("on")));
            }
        }
        return usage(origin, "web [admin] | web public on|off");
    }

    private static Parsed quiz(Origin origin, List<String> words) {
        if (words.isEmpty()) {
            return usage(origin, "quiz start|stop|skip");
        }
        String action = words.removeFirst().toLowerCase(Locale.ROOT);
        return switch (action) {
            case "stop" -> ok(new ChatRequest.QuizStop(origin));
            case "skip" -> ok(new ChatRequest.QuizSkip(origin));
            case "start" -> quizStart(origin, words);
            case "schedule" -> QuizHabitCommands.schedule(origin, words);
            case "schedules" -> ok(new ChatRequest.ScheduleList(origin));
            case "timezone", "tz" -> QuizHabitCommands.timeZone(origin, words);
            case "daily" -> QuizHabitCommands.daily(origin, words);
            default -> usage(origin, "quiz start|stop|skip");
        };
    }

    private static Parsed quizStart(Origin origin, List<String> words) {
        List<String> topic = new ArrayList<>();
        OptionalInt count = OptionalInt.empty();
        OptionalInt seconds = OptionalInt.empty();
        String kinds = "";
        Optional<String> deck = Optional.empty();
        for (String word : words) {
            int eq = word.indexOf('=');
            String key = eq < 0 ? "" : word.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : word.substring(eq + 1);
            switch (key) {
                case "count", "n" -> {
                    OptionalInt n = number(value);
                    if (n.isEmpty()) {
                        return badNumber(origin, "count", value);
                    }
                    count = n;
                }
                case "seconds", "s", "time" -> {
                    OptionalInt n = number(value);
                    if (n.isEmpty()) {
                        return badNumber(origin, "seconds", value);
                    }
                    seconds = n;
                }
                case "kinds", "kind" -> kinds = value;
                case "deck" -> deck = Optional.of(value);
                case "topic" -> topic.add(value);
                default -> topic.add(word);
            }
        }
        return ok(new ChatRequest.QuizStart(origin, String.join(" ", topic), count, seconds, kinds, deck));
    }

    private static Parsed review(Origin origin, List<String> words) {
        if (words.isEmpty()) {
            return ok(new ChatRequest.Review(origin));
        }
        return QuizHabitCommands.review(origin, words);
    }

    private static Parsed leaderboard(Origin origin, List<String> words) {
        ChatRequest.Scope scope = ChatRequest.Scope.SERVER;
        ChatRequest.Period period = ChatRequest.Period.ALL;
        Optional<String> group = Optional.empty();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            switch (word) {
                case "server", "workspace", "community" -> scope = ChatRequest.Scope.SERVER;
                case "channel" -> scope = ChatRequest.Scope.CHANNEL;
                case "group" -> {
                    scope = ChatRequest.Scope.GROUP;
                    if (i + 1 >= words.size()) {
                        return usage(origin, "leaderboard group NAME [week|month|all]");
                    }
                    group = Optional.of(words.get(++i));
                }
                case "week" -> period = ChatRequest.Period.WEEK;
                case "month" -> period = ChatRequest.Period.MONTH;
                case "all" -> period = ChatRequest.Period.ALL;
                default -> {
                    return usage(origin, "leaderboard [server|channel|group NAME] [week|month|all]");
                }
            }
        }
        return ok(new ChatRequest.Leaderboard(origin, scope, period, group));
    }

    private static Parsed group(Origin origin, List<String> words) {
        String usage = "group create|join|leave NAME, or group list";
        if (words.isEmpty()) {
            return usage(origin, usage);
        }
        String action = words.removeFirst().toLowerCase(Locale.ROOT);
        Optional<ChatRequest.GroupAction> parsed =
                switch (action) {
                    case "create" -> Optional.of(ChatRequest.GroupAction.CREATE);
                    case "join" -> Optional.of(ChatRequest.GroupAction.JOIN);
                    case "leave" -> Optional.of(ChatRequest.GroupAction.LEAVE);
                    case "list" -> Optional.of(ChatRequest.GroupAction.LIST);
                    default -> Optional.empty();
                };
        if (parsed.isEmpty()) {
            return usage(origin, usage);
        }
        ChatRequest.GroupAction groupAction = parsed.get();
        if (groupAction == ChatRequest.GroupAction.LIST) {
            return ok(new ChatRequest.Group(origin, groupAction, Optional.empty()));
        }
        if (words.size() != 1) {
            return usage(origin, "group " + action + " NAME");
        }
        return ok(new ChatRequest.Group(origin, groupAction, Optional.of(words.getFirst())));
    }

    /** {@code digest here weekly mon 09:00}: "weekly" may be left out, and so may the day and time. */
    private static Parsed digest(Origin origin, List<String> words) {
        String usage = "digest | digest here [weekly] [DAY] [HH:MM] | digest off";
        if (words.isEmpty()) {
            return ok(new ChatRequest.GapDigest(origin, ChatRequest.DigestAction.SHOW, origin.channel(), "", ""));
        }
        String action = words.removeFirst().toLowerCase(Locale.ROOT);
        if (action.equals("off")) {
            return words.isEmpty()
                    ? ok(new ChatRequest.GapDigest(origin, ChatRequest.DigestAction.OFF, origin.channel(), "", ""))
                    : usage(origin, usage);
        }
        if (!action.equals("here")) {
            return usage(origin, usage);
        }
        if (!words.isEmpty() && words.getFirst().equalsIgnoreCase("weekly")) {
            words.removeFirst();
        }
        if (words.size() > 2) {
            return usage(origin, usage);
        }
        String day = words.size() == 2 ? words.getFirst() : ChatRequest.GapDigest.DEFAULT_DAY;
        String time = words.isEmpty() ? ChatRequest.GapDigest.DEFAULT_TIME : words.getLast();
        if (words.size() == 1 && !words.getFirst().matches("\\d{1,2}[:：]\\d{2}")) {
            day = words.getFirst();
            time = ChatRequest.GapDigest.DEFAULT_TIME;
        }
        return ok(new ChatRequest.GapDigest(origin, ChatRequest.DigestAction.SET, origin.channel(), day, time));
    }

    private static Parsed admin(Origin origin, List<String> words) {
        String usage = "admin reset [server|channel|group NAME] | admin reload | admin delete-group NAME";
        if (words.isEmpty()) {
            return usage(origin, usage);
        }
        String action = words.removeFirst().toLowerCase(Locale.ROOT);
        return switch (action) {
            case "reload" ->
                words.isEmpty() ? ok(new ChatRequest.ReloadContent(origin)) : usage(origin, "admin reload");
            case "delete-group" ->
                words.size() == 1
                        ? ok(new ChatRequest.DeleteGroup(origin, words.getFirst()))
                        : usage(origin, "admin delete-group NAME");
            case "reset" -> reset(origin, words);
            default -> usage(origin, usage);
        };
    }

    private static Parsed reset(Origin origin, List<String> words) {
        String scope = words.isEmpty() ? "server" : words.getFirst().toLowerCase(Locale.ROOT);
        return switch (scope) {
            case "server", "workspace", "community" ->
                words.size() <= 1
                        ? ok(new ChatRequest.ResetBoard(origin, ChatRequest.Scope.SERVER, Optional.empty()))
                        : usage(origin, "admin reset server");
            case "channel" ->
                words.size() == 1
                        ? ok(new ChatRequest.ResetBoard(origin, ChatRequest.Scope.CHANNEL, Optional.empty()))
                        : usage(origin, "admin reset channel");
            case "group" ->
                words.size() == 2
                        ? ok(new ChatRequest.ResetBoard(origin, ChatRequest.Scope.GROUP, Optional.of(words.get(1))))
                        : usage(origin, "admin reset group NAME");
            default -> usage(origin, "admin reset [server|channel|group NAME]");
        };
    }

    static OptionalInt number(String value) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /**
     * The tags of a bank entry as a user typed them (commas, full-width commas or 、 between them),
     * for adapters whose forms take them as one field.
     */
    public static List<String> tags(String text) {
        return BankCommands.tags(text);
    }

    static Parsed ok(ChatRequest request) {
        return new Parsed.Ok(request);
    }

    static Parsed usage(Origin origin, String syntax) {
        return new Parsed.Usage(origin.messages().text("command.usage", syntax));
    }

    static Parsed badNumber(Origin origin, String key, String value) {
        return new Parsed.Usage(origin.messages().text("command.badNumber", key, UserText.quote(value)));
    }

    private static Parsed unknown(Origin origin, String verb) {
        String commands = "ask, quiz, leaderboard, group, me, review, calc, help, admin";
        return new Parsed.Usage(origin.messages().text("command.unknown", UserText.quote(verb), commands));
    }
}
