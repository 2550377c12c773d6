package dev.wenda.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.admin.GapReport;
import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.StoreException;
import dev.wenda.search.BgeEmbedder;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda admin gaps}: the questions the bank answered badly, grouped by meaning. */
@Command(
        name = "gaps",
        mixinStandardHelpOptions = true,
        description = "List the knowledge gaps (\"did you mean\", \"no answer\", 👎) grouped by meaning, largest"
                + " group first, with examples and counts.")
final class GapsCommand implements Callable<Integer> {
    /** Gaps read per report: the newest ones. */
    static final int READ = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    AdminCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--community", paramLabel = "ID", description = "Only this community's gaps.")
    String community;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N groups (default: 20).")
    int limit = 20;

    @Option(names = "--json", description = "One JSON object per group: count, examples, decisions.")
    boolean json;

    @Mixin
    ConfigOption configuration;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("wenda admin gaps: --limit must be at least 1, was " + limit);
            err.flush();
            return 2;
        }
        Optional<WendaConfig> config = configuration.load(err);
        if (config.isEmpty()) {
            return ServeCommand.CONFIG_ERROR;
        }
        Wiring wiring = parent.root.wiring(config.get());
        List<GapStore.Row> rows;
        try (Database db = wiring.store()) {
            rows = new GapStore(db).recent(Optional.ofNullable(community), READ);
        } catch (StoreException e) {
            err.println("wenda admin gaps: the database cannot be read: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (rows.isEmpty()) {
            if (!json) {
                out.println("No knowledge gaps yet.");
            }
            out.flush();
            return 0;
        }
        List<GapReport.Group> groups = new GapReport(new BgeEmbedder(Runnable::run, false)).groups(rows, limit);
        for (GapReport.Group g : groups) {
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("count", g.count());
                line.put("examples", g.examples());
                line.put("decisions", new java.util.TreeMap<>(g.decisions()));
                out.println(JSON.writeValueAsString(line));
            } else {
                out.println(g.count() + "  " + String.join(" | ", g.examples()) + "  "
                        + new java.util.TreeMap<>(g.decisions()));
            }
        }
        out.flush();
        return 0;
    }
}
