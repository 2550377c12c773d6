package dev.wenda.bot.console;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console conversation. A line is a question, a command (with or without its slash), a letter
 * that presses a button of the newest message, or a typed answer while a timed question is open.
 * {@code /as NAME LINE} plays one line as another user, {@code /as NAME} switches user, so one
 * terminal can play a round with several simulated players. {@code /mark N A|B} marks revealed
 * flashcard N (知道 / 不知道) after the next question has replaced its buttons; text typed while a
 * flashcard is on screen gets a one-line hint, since a card takes no answer.
 *
 * <p>The session is the console's error boundary: a line whose handling fails is logged with its
 * stack trace and answered with a short apology, and the conversation goes on.
 */
final class ConsoleSession {
    static final String COMMUNITY = "console";
    static final String CHANNEL = "main";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);
    /** Verbs that, typed without a slash, are a command when followed by more words. */
    private static final Set<String> VERBS_WITH_ARGUMENTS = Set.of(
            "ask",
            "quiz",
            "leaderboard",
            "lb",
            "board",
            "group",
            "calc",
            "admin",
            "review",
            "add",
            "edit",
            "remove",
            "digest");

    private final ChatService service;
    private final ConsoleOutbox outbox;
    private final ConsoleOutput output;
    private final Messages messages;
    private String user;

    ConsoleSession(ChatService service, ConsoleOutbox outbox, ConsoleOutput output, String user) {
        this.service = service;
        this.outbox = outbox;
        this.output = output;
        this.messages = output.messages();
        this.user = user;
    }

    /** Reads lines until end of input or {@code /quit}. */
    void run(BufferedReader in) throws IOException {
        output.prompt(user);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            output.lineRead();
            if (!handle(line)) {
                return;
            }
            output.prompt(user);
        }
    }

    /** Handles one line; false when the user asked to quit. */
    boolean handle(String rawLine) {
        String line = rawLine.strip();
        if (line.isEmpty()) {
            return true;
        }
        if (line.equals("/quit") || line.equals("/exit")) {
            return false;
        }
        try {
            if (line.equals("/as") || line.startsWith("/as ")) {
                playAs(line.substring(3).strip());
            } else {
                handleAs(user, line);
            }
        } catch (RuntimeException e) {
            LOG.error("The console could not handle the line '{}'", line, e);
            output.line(messages.text("chat.apology"));
        }
        return true;
    }

    private void playAs(String rest) {
        int space = rest.indexOf(' ');
        String name = space < 0 ? rest : rest.substring(0, space);
        if (name.isEmpty()) {
            output.line(messages.text("console.asUsage"));
            return;
        }
        if (space < 0) {
            user = name;
            output.line(messages.text("console.nowPlaying", name));
        } else {
            handleAs(name, rest.substring(space + 1).strip());
        }
    }

    private void handleAs(String name, String line) {
        Origin origin =
                new Origin(Platform.CONSOLE, COMMUNITY, CHANNEL, "console:" + name, name, messages.locale(), true);
        if (line.equals("/mark") || line.startsWith("/mark ")) {
            mark(origin, line.substring(5).strip());
            return;
        }
        Optional<ChatRequest> deck = ConsoleImport.parse(origin, line);
        if (deck.isPresent()) {
            send(deck.get());
            return;
        }
        if (line.startsWith("/")) {
            switch (TextCommand.parse(origin, line.substring(1))) {
                case TextCommand.Parsed.Ok ok -> send(ok.request());
                case TextCommand.Parsed.Usage usage -> output.line(usage.message());
            }
            return;
        }
        Optional<String> pressed = buttonFor(line);
        Optional<ChatRequest> command = bareCommand(origin, line);
        if (pressed.isPresent()) {
            send(new ChatRequest.Click(origin, pressed.get()));
        } else if (command.isPresent()) {
            send(command.get());
        } else if (outbox.flashcardOpen()) {
            output.line(messages.text("console.flashcardHint"));
        } else if (outbox.questionOpen()) {
            send(new ChatRequest.TypedAnswer(origin, line));
        } else {
            send(new ChatRequest.Ask(origin, line));
        }
    }

    /** {@code N A|B}: presses 知道 (A, 1) or 不知道 (B, 2) on revealed flashcard N. */
    private void mark(Origin origin, String rest) {
        String[] words = rest.split("\\s+");
        if (words.length != 2 || !words[0].matches("\\d{1,3}") || !words[1].matches("(?i)[ab12]")) {
            output.line(messages.text("console.markUsage"));
            return;
        }
        int no = Integer.parseInt(words[0]);
        boolean knew = words[1].equalsIgnoreCase("a") || words[1].equals("1");
        Optional<ConsoleOutbox.Marks> marks = outbox.marks(no);
        if (marks.isEmpty()) {
            output.line(messages.text("console.markNone", no));
            return;
        }
        send(new ChatRequest.Click(
                origin, knew ? marks.get().knew() : marks.get().didnt()));
    }

    private void send(ChatRequest request) {
        outbox.answer(() -> {
            Reply reply = service.handle(request);
            return request instanceof ChatRequest.Help
                    ? reply.withBody(reply.body().followedBy("\n\n" + messages.text("console.help")))
                    : reply;
        });
    }

    /**
     * A command typed without its slash: {@code quiz start BN}, {@code leaderboard week}, or a
     * one-word {@code me}, {@code review} or {@code help}. Anything that does not parse as one is
     * a question ({@code group normalization 是什么}).
     */
    private static Optional<ChatRequest> bareCommand(Origin origin, String line) {
        String[] words = line.split("\\s+");
        String verb = words[0].toLowerCase(java.util.Locale.ROOT);
        if (words.length > 1 && !VERBS_WITH_ARGUMENTS.contains(verb)) {
            return Optional.empty();
        }
        return TextCommand.parse(origin, line) instanceof TextCommand.Parsed.Ok ok
                ? Optional.of(ok.request())
                : Optional.empty();
    }

    /** A single letter (A, b) or number (1-9) that names an open button of the newest message. */
    private Optional<String> buttonFor(String line) {
        Optional<ConsoleOutbox.Open> open = outbox.open();
        if (open.isEmpty() || line.length() != 1) {
            return Optional.empty();
        }
        List<Reply.Action> actions = open.get().actions();
        char c = Character.toUpperCase(line.charAt(0));
        int index = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '1' && c <= '9' ? c - '1' : -1;
        return index >= 0 && index < actions.size()
                ? Optional.of(actions.get(index).id())
                : Optional.empty();
    }
}
