package dev.wenda.bot.console;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.TextCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One console conversation. A line is a question, a {@code /command}, a letter that presses a
 * button of the newest message, or a typed answer while a timed question is open. {@code /as NAME
 * LINE} plays one line as another user, {@code /as NAME} switches user, so one terminal can play a
 * round with several simulated players.
 */
final class ConsoleSession {
    static final String COMMUNITY = "console";
    static final String CHANNEL = "main";

    private final ChatService service;
    private final ConsoleOutbox outbox;
    private final ConsoleOutput output;
    private final Locale locale;
    private String user;

    ConsoleSession(ChatService service, ConsoleOutbox outbox, ConsoleOutput output, Locale locale, String user) {
        this.service = service;
        this.outbox = outbox;
        this.output = output;
        this.locale = locale;
        this.user = user;
    }

    /** Reads lines until end of input or {@code /quit}. */
    void run(BufferedReader in) throws IOException {
        output.prompt(user);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
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
        if (line.equals("/as") || line.startsWith("/as ")) {
            playAs(line.substring(3).strip());
            return true;
        }
        handleAs(user, line);
        return true;
    }

    private void playAs(String rest) {
        int space = rest.indexOf(' ');
        String name = space < 0 ? rest : rest.substring(0, space);
        if (name.isEmpty()) {
            output.line(chinese() ? "用法：/as 名字 [内容]" : "Usage: /as NAME [LINE]");
            return;
        }
        if (space < 0) {
            user = name;
            output.line(chinese() ? "现在的用户：" + name : "Now playing as " + name);
        } else {
            handleAs(name, rest.substring(space + 1).strip());
        }
    }

    private void handleAs(String name, String line) {
        Origin origin = new Origin(Platform.CONSOLE, COMMUNITY, CHANNEL, "console:" + name, name, locale, true);
        if (line.startsWith("/")) {
            switch (TextCommand.parse(origin, line.substring(1))) {
                case TextCommand.Parsed.Ok ok -> outbox.reply(service.handle(ok.request()));
                case TextCommand.Parsed.Usage usage -> output.line(usage.message());
            }
            return;
        }
        Optional<String> pressed = buttonFor(line);
        if (pressed.isPresent()) {
            outbox.reply(service.handle(new ChatRequest.Click(origin, pressed.get())));
        } else if (outbox.questionOpen()) {
            outbox.reply(service.handle(new ChatRequest.TypedAnswer(origin, line)));
        } else {
            outbox.reply(service.handle(new ChatRequest.Ask(origin, line)));
        }
    }

    /** A single letter (A, b) or number (1-9) that names an open button of the newest message. */
    private Optional<String> buttonFor(String line) {
        Optional<ConsoleOutbox.Open> open = outbox.open();
        if (open.isEmpty() || line.length() != 1) {
            return Optional.empty();
        }
        List<dev.wenda.bot.chat.Reply.Action> actions = open.get().actions();
        char c = Character.toUpperCase(line.charAt(0));
        int index = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '1' && c <= '9' ? c - '1' : -1;
        return index >= 0 && index < actions.size()
                ? Optional.of(actions.get(index).id())
                : Optional.empty();
    }

    private boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }
}
