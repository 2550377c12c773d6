package dev.wenda.bot.cli;

import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.FeedbackStore;
import dev.wenda.bot.store.StoreException;
import dev.wenda.content.QaEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda admin feedback}: the answers users marked 👍/👎, the most 👎 first, with each entry's
 * question, so the entries that answer badly can be found and fixed.
 */
@Command(
        name = "feedback",
        mixinStandardHelpOptions = true,
        description = {
            "List the entries users marked 👍/👎 as answers, the most 👎 first, with each entry's question.",
            "Uses the database and the bank of the configuration (--config or $WENDA_CONFIG, overridden by WENDA_*"
                    + " variables)."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:done (also when there is no feedback)",
            "1:database error",
            "2:bad option",
            "78:bad configuration"
        })
final class FeedbackCommand implements Callable<Integer> {
    @ParentCommand
    AdminCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N entries (default: 20).")
    int limit = 20;

    @Mixin
    ConfigOption configuration;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("wenda admin feedback: --limit must be at least 1, was " + limit);
            err.flush();
            return 2;
        }
        Optional<WendaConfig> config = configuration.load(err);
        if (config.isEmpty()) {
            return ServeCommand.CONFIG_ERROR;
        }
        Wiring wiring = parent.root.wiring(config.get());
        List<FeedbackStore.EntryFeedback> rows;
        try (Database db = wiring.store()) {
            rows = new FeedbackStore(db).summary(limit);
        } catch (StoreException e) {
            err.println("wenda admin feedback: the database cannot be read: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (rows.isEmpty()) {
            out.println("No answer feedback yet.");
            out.flush();
            return 0;
        }
        int width = rows.stream().mapToInt(r -> r.entryId().length()).max().orElse(0);
        out.println("Answer feedback, the most 👎 first:");
        out.println(String.format(Locale.ROOT, "  %4s %4s  %-" + width + "s  %s", "👎", "👍", "entry", "question"));
        Map<String, String> questions =
                wiring.bank().entries().stream().collect(Collectors.toMap(QaEntry::id, QaEntry::question, (a, b) -> a));
        for (FeedbackStore.EntryFeedback r : rows) {
            String question = questions.getOrDefault(r.entryId(), "(no longer in the bank)");
            out.println(String.format(
                    Locale.ROOT,
                    "  %4d %4d  %-" + width + "s  %s",
                    r.notHelpful(),
                    r.helpful(),
                    r.entryId(),
                    question));
        }
        out.flush();
        return 0;
    }
}
