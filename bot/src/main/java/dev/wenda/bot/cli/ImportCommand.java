package dev.wenda.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.DeckImport;
import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda admin import FILE... --community ID}: adds deck files to a community's bank. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import deck files into a community's bank: Markdown (.md, .markdown, .txt), CSV question,answer[,tags]"
                    + " (.csv), Anki plain text (.txt, .tsv) or trivia YAML (.yaml, .yml).",
            "Problems print as file:line: message and never stop the rest of the deck; questions the bank already"
                    + " has are counted as duplicates and skipped. Run with --dry-run first."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:imported (or, with --dry-run, checked), perhaps with problems",
            "1:nothing to import, or a database error",
            "2:bad option",
            "78:bad configuration"
        })
final class ImportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    AdminCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The deck files.")
    List<Path> files;

    @Option(
            names = "--community",
            required = true,
            paramLabel = "ID",
            description = "The community (Discord server id, Slack team id, console).")
    String community;

    @Option(names = "--deck", paramLabel = "NAME", description = "The deck's name (default: the first file's name).")
    String deck;

    @Option(
            names = "--source",
            paramLabel = "TEXT",
            description = "Where the deck comes from (default: the file names).")
    String source;

    @Option(names = "--licence", paramLabel = "TEXT", description = "The deck's licence, shown with its entries.")
    String licence = "";

    @Option(names = "--dry-run", description = "Read and check only: counts, problems, duplicates; nothing is written.")
    boolean dryRun;

    @Option(
            names = "--json",
            description = "Print one JSON object: {\"deck\", \"entries\", \"duplicates\", \"problems\"}.")
    boolean json;

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
        if (community.isBlank()) {
            err.println("wenda admin import: --community must not be blank");
            err.flush();
            return 2;
        }
        Wiring wiring = parent.root.wiring(config.get());
        BankLimits limits = wiring.bankLimits();
        List<DeckImport.Upload> uploads = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("wenda admin import: no such file: " + file);
                err.flush();
                return 2;
            }
            uploads.add(new DeckImport.Upload(file.getFileName().toString(), head(file, limits.maxFileBytes() + 1)));
        }
        DeckImport.Report report;
        try (Database db = wiring.store()) {
            DeckImport importer = new DeckImport(
                    new CommunityEntries(db), () -> wiring.bank().entries(), () -> {}, limits, wiring.clock());
            String from = source != null
                    ? source
                    : String.join(
                            ", ", uploads.stream().map(DeckImport.Upload::name).toList());
            report = importer.run(
                    new DeckImport.Request(community, Optional.ofNullable(deck), uploads, dryRun, from, licence),
                    (done, total) -> {
                        err.println("imported " + done + "/" + total + " entries");
                        err.flush();
                    });
        } catch (StoreException e) {
            err.println("wenda admin import: the database cannot be written: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (json) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("deck", report.deck());
            line.put("entries", report.entries());
            line.put("duplicates", report.duplicates());
            line.put("problems", report.problems());
            out.println(JSON.writeValueAsString(line));
        } else {
            report.problems().forEach(out::println);
            out.println((dryRun ? "dry run: would import " : "imported ") + report.entries() + " entries into deck "
                    + report.deck() + " of community " + community + "; " + report.duplicates()
                    + " duplicates skipped, " + report.problems().size() + " problems");
        }
        out.flush();
        return report.entries() == 0 ? 1 : 0;
    }

    /** At most {@code max} bytes of {@code file}: a larger file is refused without reading it whole. */
    private static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }
}
