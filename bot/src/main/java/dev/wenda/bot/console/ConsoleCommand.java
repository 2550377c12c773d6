package dev.wenda.bot.console;

import dev.wenda.bot.app.CommandRoot;
import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.chat.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wenda console}: the bot in a terminal, on the bundled bank with embedded defaults. */
@Command(
        name = "console",
        mixinStandardHelpOptions = true,
        description = {
            "Chat with Wenda in the terminal: type a question, or /help for commands.",
            "A letter (A-D) presses a button of the newest message; /as NAME [LINE] plays as another user."
        })
public final class ConsoleCommand implements Callable<Integer> {
    @ParentCommand
    CommandRoot root;

    @Option(
            names = "--user",
            defaultValue = "you",
            description = "Your name in the console (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--lang", description = "Reply language: zh or en (default: from LANG, else zh).")
    String lang;

    @Option(names = "--json", description = "Print every message as one JSON object per line, for scripts.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        ConsoleOutput output = new ConsoleOutput(out, json);
        Wiring wiring = root.wiring();
        ConsoleOutbox outbox = new ConsoleOutbox(output, wiring.clock());
        wiring.outboxes().register(Platform.CONSOLE, outbox);
        if (json) {
            wiring.addQuizListener(output::event);
        }
        Locale locale = locale();
        output.line(
                "zh".equals(locale.getLanguage())
                        ? "问答控制台：直接输入问题，/help 查看命令，/quit 退出。"
                        : "Wenda console: type a question, /help for commands, /quit to leave.");
        ConsoleSession session = new ConsoleSession(wiring.chatService(), outbox, output, locale, user);
        session.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        return 0;
    }

    private Locale locale() {
        String chosen = lang != null ? lang : System.getenv().getOrDefault("LANG", "zh");
        return chosen.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
