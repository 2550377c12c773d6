package dev.wenda.bot.console;

import dev.wenda.bot.app.CommandRoot;
import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.ops.logging.LogSetup;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
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

    @Option(
            names = "--lang",
            defaultValue = "zh",
            converter = ConsoleCommand.Language.class,
            description = "Reply language: zh or en (default: ${DEFAULT-VALUE}, like the bundled bank).")
    Messages lang;

    @Option(names = "--json", description = "Print every message as one JSON object per line, for scripts.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (System.getenv("WENDA_LOG_LEVEL") == null) {
            // Log lines (an index build, say) would land inside the conversation: warnings only.
            LogSetup.warningsOnly();
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        ConsoleOutput output = new ConsoleOutput(out, json, lang, ansi());
        Wiring wiring = root.wiring();
        ConsoleOutbox outbox = new ConsoleOutbox(output, wiring.clock());
        wiring.outboxes().register(Platform.CONSOLE, outbox);
        if (json) {
            wiring.addQuizListener(output::event);
        }
        output.line(lang.text("console.welcome"));
        ConsoleSession session = new ConsoleSession(wiring.chatService(), outbox, output, user);
        session.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        return 0;
    }

    /** Reads {@code --lang} ({@code zh} or {@code en}); any other value is a usage error naming it. */
    static final class Language implements ITypeConverter<Messages> {
        @Override
        public Messages convert(String value) {
            return Messages.forLanguage(value);
        }
    }

    /** ANSI bold only on a real terminal, and not when NO_COLOR is set (no-color.org). */
    private static boolean ansi() {
        String term = System.getenv("TERM");
        return terminal() && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    }

    /** Since JDK 22 System.console() exists for redirected streams too; Console.isTerminal tells. */
    private static boolean terminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
