package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DeckCommandsTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("wenda").toAbsolutePath();
    }

    private String config() throws IOException {
        return Files.writeString(dir.resolve("wenda.yaml"), "db:\n  url: \"" + url() + "\"\n")
                .toString();
    }

    private List<List<Object>> stored(String community) {
        try (Database db = Database.open(StoreConfig.url(url()))) {
            return new CommunityEntries(db)
                    .entries(community, Optional.empty()).stream()
                            .map(r -> List.<Object>of(r.deck(), r.question(), r.answer(), r.tags()))
                            .toList();
        }
    }

    private static String csv(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    @Test
    @DisplayName("a dry run reports counts, duplicates of bundled questions and problems as JSON, and writes nothing")
    void import_dryRun_reportsAndWritesNothing() throws IOException {
        Path file = Files.writeString(
                dir.resolve("notes.csv"),
                "question,answer,tags\n什么是LoRA,低秩适配,微调\n只有一列\n什么是 Dropout？,重复的问题\n什么是知识蒸馏,软标签\n");
        int code = run(
                "admin", "import", file.toString(), "--community", "g1", "--dry-run", "--json", "--config", config());
        assertEquals("", err.toString());
        assertEquals(0, code);
        assertEquals(
                "{\"deck\":\"notes\",\"entries\":2,\"duplicates\":1,"
                        + "\"problems\":[\"notes.csv:3: expected question,answer[,tags] but found 1 column(s)\"]}\n",
                out.toString());
        assertEquals(List.of(), stored("g1"));
    }

    @Test
    @DisplayName("an import writes the entries with a progress line; importing again finds them all duplicates")
    void import_writesThenReimportIsAllDuplicates() throws IOException {
        Path file = Files.writeString(dir.resolve("deck.yaml"), "AUTHOR: x\n什么是LoRA?:\n- 低秩适配\n- LoRA\n");
        assertEquals(
                0,
                run("admin", "import", file.toString(), "--community", "g1", "--deck", "trivia", "--config", config()));
        assertEquals("imported 1/1 entries\n", err.toString());
        assertEquals(
                "imported 1 entries into deck trivia of community g1; 0 duplicates skipped, 0 problems\n",
                out.toString());
        assertEquals(List.of(List.of("trivia", "什么是LoRA?", "低秩适配", List.of())), stored("g1"));
        assertEquals(1, run("admin", "import", file.toString(), "--community", "g1", "--json", "--config", config()));
        assertEquals("{\"deck\":\"deck\",\"entries\":0,\"duplicates\":1,\"problems\":[]}\n", out.toString());
        assertEquals(0, run("admin", "import", file.toString(), "--community", "g2", "--json", "--config", config()));
        assertEquals(1, stored("g2").size(), "another community's entries are no duplicates");
    }

    @Test
    @DisplayName("a malformed file never loses the other files of the deck or any existing entry")
    void import_badFile_keepsTheRest() throws IOException {
        Path good = Files.writeString(dir.resolve("good.md"), "## 什么是LoRA\n\n低秩适配。\n");
        assertEquals(
                0, run("admin", "import", good.toString(), "--community", "g1", "--deck", "d", "--config", config()));
        Path bad = Files.write(dir.resolve("bad.md"), new byte[] {0, 1, 2, 3, 0});
        Path big = Files.write(dir.resolve("big.csv"), new byte[5 * 1024 * 1024 + 10]);
        Path other = Files.writeString(dir.resolve("other.tsv"), "什么是知识蒸馏\t软标签训练小模型\n");
        assertEquals(
                0,
                run(
                        "admin",
                        "import",
                        bad.toString(),
                        big.toString(),
                        other.toString(),
                        "--community",
                        "g1",
                        "--deck",
                        "d",
                        "--config",
                        config()));
        assertEquals("""
                bad.md: binary file, not UTF-8 text; skipped
                big.csv: file is larger than the limit of 5.0 MB per file
                imported 1 entries into deck d of community g1; 0 duplicates skipped, 2 problems
                """, out.toString());
        assertEquals(
                List.of(List.of("d", "什么是LoRA", "低秩适配。", List.of()), List.of("d", "什么是知识蒸馏", "软标签训练小模型", List.of())),
                stored("g1"));
    }

    @Test
    @DisplayName("ask --community answers from that community's bank; another community's question is not answered")
    void ask_community_answersFromItsBank() throws IOException {
        Path file = Files.writeString(dir.resolve("own.csv"), "什么是LoRA微调,在冻结的权重旁训练两个低秩矩阵。\n");
        assertEquals(0, run("admin", "import", file.toString(), "--community", "g1", "--config", config()));
        assertEquals(
                0,
                run(
                        "ask",
                        "--community",
                        "g1",
                        "--mode",
                        "lexical",
                        "--in-memory",
                        "--lang",
                        "en",
                        "--config",
                        config(),
                        "什么是LoRA微调"));
        // Lexical mode on this tiny question offers it first as a candidate (hybrid would answer).
        assertTrue(out.toString().contains("  1. 什么是LoRA微调  [own#1]\n"), out.toString());
        assertEquals(
                0,
                run(
                        "ask",
                        "--community",
                        "g2",
                        "--mode",
                        "lexical",
                        "--in-memory",
                        "--lang",
                        "en",
                        "--config",
                        config(),
                        "什么是LoRA微调"));
        assertTrue(!out.toString().contains("[own#1]"), out.toString());
    }

    @Test
    @DisplayName("an import that would pass content.max-community-entries writes nothing and says so")
    void import_overTheConfiguredLimit_writesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("two.csv"), "问一,答一\n问二,答二\n");
        String limited = Files.writeString(
                        dir.resolve("limited.yaml"),
                        "db:\n  url: \"" + url() + "\"\ncontent:\n  max-community-entries: 1\n")
                .toString();
        assertEquals(1, run("admin", "import", file.toString(), "--community", "g1", "--json", "--config", limited));
        assertEquals(
                "{\"deck\":\"two\",\"entries\":0,\"duplicates\":0,\"problems\":[\"the bank of community g1 would"
                        + " hold 2 entries; the limit is 1: nothing imported\"]}\n",
                out.toString());
        assertEquals(List.of(), stored("g1"));
    }

    @Test
    @DisplayName("export then import into a fresh community gives identical entries (real entries)")
    void exportThenImport_roundTripsRealEntries() throws IOException {
        List<QaEntry> all = ContentBank.bundled().entries();
        List<QaEntry> real = all.subList(0, Math.min(200, all.size()));
        assertTrue(real.size() >= 50, "the bundled bank has " + all.size() + " entries");
        StringBuilder rows = new StringBuilder("question,answer,tags\n");
        for (QaEntry e : real) {
            rows.append(csv("共同体 " + e.question()))
                    .append(',')
                    .append(csv(e.answer()))
                    .append(',')
                    .append(csv(String.join(";", e.tags())))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("real.csv"), rows.toString());
        assertEquals(
                0, run("admin", "import", file.toString(), "--community", "g1", "--config", config()), out.toString());
        List<List<Object>> first = stored("g1");
        assertEquals(real.size(), first.size(), out.toString());
        Path exported = dir.resolve("export");
        assertEquals(0, run("admin", "export", "--community", "g1", exported.toString(), "--config", config()));
        assertEquals("wrote " + exported.resolve("real.md") + " (" + real.size() + " entries)\n", out.toString());
        assertEquals(
                0,
                run(
                        "admin",
                        "import",
                        exported.resolve("real.md").toString(),
                        "--community",
                        "fresh",
                        "--config",
                        config()),
                out.toString());
        assertEquals(first, stored("fresh"));
        assertTrue(out.toString().endsWith("0 duplicates skipped, 0 problems\n"), out.toString());
    }
}
