package dev.wenda.bot.cli;

import dev.wenda.bot.app.CommandRoot;
import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.console.ConsoleCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code wenda} command line: the only {@code main} of the bot. */
@Command(
        name = "wenda",
        mixinStandardHelpOptions = true,
        version = "wenda 0.1.0",
        description = "Wenda (问答): Q&A, quizzes and worked examples for deep-learning study groups.")
public final class Main implements Runnable, CommandRoot {
    /** Every subcommand, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            CommandLine.HelpCommand.class,
            ConsoleCommand.class,
            CalcCommand.class,
            QuizCommand.class,
            ServeCommand.class,
            ContentCommand.class,
            AdminCommand.class,
            AskCommand.class,
            EvalCommand.class,
            CalibrateCommand.class,
            BenchCommand.class,
            ConfigCommand.class,
            AutoComplete.GenerateCompletion.class);

    /** Subcommands that read the whole command tree, so they never run in a partial one. */
    private static final Set<String> NEED_WHOLE_TREE = Set.of("help", "generate-completion");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Use the Q&A files in DIR instead of the bundled bank.")
    Path contentDir;

    private Wiring wiring;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The composition root built from a loaded configuration ({@code wenda serve}); the
     * {@code --content} option, when given, overrides {@code content.dir}.
     */
    public synchronized Wiring wiring(WendaConfig config) {
        if (wiring == null) {
            wiring = new Wiring(contentDir == null ? config : config.withContentDir(contentDir));
        }
        return wiring;
    }

    /**
     * The composition root for this invocation, built on first use: the configuration from the
     * environment ({@code WENDA_*} variables) over the defaults, {@code --content} when given. Used
     * by every command but {@code serve}.
     */
    @Override
    public synchronized Wiring wiring() {
        return wiring != null
                ? wiring
                : wiring(new ConfigLoader(System.getenv(), () -> "wenda").load(Optional.empty()));
    }

    /** The numeric module, for {@code wenda calc}: no index, no database. */
    public Calc calc() {
        return wiring().calc();
    }

    private static final java.util.logging.Logger QUIET_JUL =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Calc draws pictures with Java2D; servers have no display.
        System.setProperty("java.awt.headless", "true");
        // Lucene says once, through java.util.logging, that the incubating Vector API is not
        // enabled; the scalar code path is fast enough for a bank of this size.
        QUIET_JUL.setLevel(java.util.logging.Level.SEVERE);
        // A thread that dies (a loader cut short by SIGTERM, say) is reported through the log, so
        // JSON logs stay one object per line instead of the JVM's raw "Exception in thread" text.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> org.slf4j.LoggerFactory.getLogger(Main.class)
                .error("uncaught exception in thread {}", thread.getName(), error));
        System.exit(newCommandLine(args).execute(args));
    }

    /** The command line with every subcommand, as used by the tests. */
    public static CommandLine newCommandLine() {
        return withSubcommands(SUBCOMMANDS);
    }

    /**
     * The command line {@code args} need: the root with only the subcommand they name, when they
     * name one (after the root's {@code --content DIR}), else the root with every subcommand (usage,
     * {@code help}, completion, a mistyped name). Picocli builds the model of every subcommand it is
     * given, which was about a tenth of {@code serve}'s time to ready.
     */
    public static CommandLine newCommandLine(String... args) {
        return named(args).map(c -> withSubcommands(List.of(c))).orElseGet(Main::newCommandLine);
    }

    private static Optional<Class<?>> named(String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("--content")) {
            i += args[i].startsWith("--content=") ? 1 : 2;
        }
        if (i >= args.length || NEED_WHOLE_TREE.contains(args[i])) {
            return Optional.empty();
        }
        String name = args[i];
        return SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(name))
                .findFirst();
    }

    private static CommandLine withSubcommands(List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new Main());
        subcommands.forEach(cli::addSubcommand);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Subcommands get the root through @ParentCommand and call root.wiring().
        return cli;
    }
}
