package dev.wenda.bot.cli;

import dev.wenda.bot.admin.DeckExport;
import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda admin export --community ID [--deck NAME] DIR}: a community's own entries as Markdown. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Write a community's own entries as Markdown, one DIR/<deck>.md per deck; importing them gives the"
                        + " same entries.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    AdminCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "DIR", description = "The folder to write into (created if missing).")
    Path dir;

    @Option(names = "--community", required = true, paramLabel = "ID", description = "The community.")
    String community;

    @Option(names = "--deck", paramLabel = "NAME", description = "Only this deck.")
    String deck;

    @Mixin
    ConfigOption configuration;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<WendaConfig> config = configuration.load(err);
        if (config.isEmpty()) {
            return ServeCommand.CONFIG_ERROR;
        }
        Wiring wiring = parent.root.wiring(config.get());
        List<DeckExport.Written> written;
        try (Database db = wiring.store()) {
            written = new DeckExport(new CommunityEntries(db)).run(community, Optional.ofNullable(deck), dir);
        } catch (StoreException e) {
            err.println("wenda admin export: the database cannot be read: " + e.getMessage());
            err.flush();
            return 1;
        }
        written.forEach(w -> out.println("wrote " + w.file() + " (" + w.entries() + " entries)"));
        if (written.isEmpty()) {
            out.println("community " + community + " has no entries" + (deck == null ? "" : " in deck " + deck));
        }
        out.flush();
        return 0;
    }
}
