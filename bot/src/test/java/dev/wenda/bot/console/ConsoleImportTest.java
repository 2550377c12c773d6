package dev.wenda.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.DeckImport;
import dev.wenda.bot.admin.DeckUploads;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.DeckDryRuns;
import dev.wenda.bot.store.TestDatabases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    @DisplayName("import PATH on the console: the dry run with its buttons, then A imports the deck")
    void importPath_dryRunThenConfirm() throws IOException {
        Path deck = Files.writeString(dir.resolve("notes.md"), "## 什么是LoRA微调\n在冻结的权重旁训练两个低秩矩阵。\n");
        try (TestDatabases.Fresh db = TestDatabases.open(TestDatabases.Backend.H2)) {
            CommunityEntries entries = new CommunityEntries(db.database());
            DeckUploads uploads = new DeckUploads(
                    () -> new DeckImport(entries, List::of, () -> {}, BankLimits.defaults(), CLOCK),
                    () -> new DeckDryRuns(db.database()),
                    BankLimits.defaults(),
                    CLOCK,
                    new SplittableRandom(1));
            StringWriter text = new StringWriter();
            ConsoleOutput output = new ConsoleOutput(new PrintWriter(text), false, Messages.EN, false);
            ConsoleSession session =
                    new ConsoleSession(uploads::handle, new ConsoleOutbox(output, CLOCK), output, "ann");

            session.handle("import " + deck);
            session.handle("A");

            assertEquals(
                    List.of(
                            "Dry run of deck notes: 1 new entries, 0 duplicates of entries the bank already has, 0"
                                    + " problems.",
                            "Imported 1 entries into deck notes; they answer questions now."),
                    text.toString()
                            .lines()
                            .filter(l -> l.startsWith("Dry run") || l.startsWith("Imported"))
                            .toList());
            assertEquals(1, entries.count(ConsoleSession.COMMUNITY));
        }
    }
}
