package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ContentCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeBank() throws IOException {
        Files.writeString(dir.resolve("a.md"), """
                ## 什么是池化？
                池化（pooling）压缩特征图。

                ## RNN是什么
                循环神经网络。

                ## 什么是池化？
                池化（pooling）压缩特征图。
                """);
        Files.writeString(dir.resolve("b.md"), "## 1x1卷积\n![图](gone.png)\n降维。\n");
    }

    private int run(String... args) {
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    @DisplayName("list prints one aligned line per entry with refs and tags; warnings go to stderr")
    void list_folder_printsAlignedEntries() {
        int code = run("content", "list", dir.toString());

        assertEquals(0, code);
        assertEquals("""
                a#1,#3  池化  什么是池化？
                a#2     RNN   RNN是什么
                b#1     卷积  1x1卷积
                """, out.toString());
        assertEquals("""
                a.md:7: duplicate question, same answer as a.md:1; merged
                b.md:2: image not found: gone.png
                """, err.toString());
    }

    @Test
    @DisplayName("list --json prints one JSON array with id, question, refs, tags, answer, images, related")
    void listJson_folder_printsOneArray() {
        int code = run("content", "list", "--json", dir.toString());

        assertEquals(0, code);
        assertEquals(
                "[{\"id\":\"a-1\",\"question\":\"什么是池化？\",\"refs\":[\"a#1\",\"a#3\"],\"tags\":[\"池化\"],"
                        + "\"answer\":\"池化（pooling）压缩特征图。\",\"images\":[],\"related\":[]},"
                        + "{\"id\":\"a-2\",\"question\":\"RNN是什么\",\"refs\":[\"a#2\"],\"tags\":[\"RNN\"],"
                        + "\"answer\":\"循环神经网络。\",\"images\":[],\"related\":[]},"
                        + "{\"id\":\"b-1\",\"question\":\"1x1卷积\",\"refs\":[\"b#1\"],\"tags\":[\"卷积\"],"
                        + "\"answer\":\"降维。\",\"images\":[],\"related\":[]}]\n",
                out.toString());
    }

    @Test
    @DisplayName("the root --content option chooses the bank when list has no DIR")
    void list_rootContentOption_usesThatFolder() {
        int code = run("--content", dir.toString(), "content", "list");

        assertEquals(0, code);
        assertEquals(3, out.toString().lines().count());
    }

    @Test
    @DisplayName("a DIR given to list overrides the root --content option")
    void list_dirArgument_overridesRootContent() {
        int code = run("--content", dir.resolve("nope").toString(), "content", "list", dir.toString());

        assertEquals(0, code);
        assertEquals(3, out.toString().lines().count());
    }

    @Test
    @DisplayName("list without a folder prints the 103 bundled entries")
    void list_noFolder_printsBundledBank() {
        int code = run("content", "list");

        assertEquals(0, code);
        assertEquals(103, out.toString().lines().count());
        assertEquals(
                "000_0499e02e3bd88c97#17,#18  卷积",
                out.toString()
                        .lines()
                        .filter(l -> l.contains("1*1的卷积作用"))
                        .findFirst()
                        .orElseThrow()
                        .substring(0, 32)
                        .strip());
    }

    @Test
    void list_missingFolder_exitsOneWithMessageOnStderr() {
        Path missing = dir.resolve("nope");
        int code = run("content", "list", missing.toString());

        assertEquals(1, code);
        assertEquals("", out.toString());
        assertEquals(missing + ": folder not found\n", err.toString());
    }

    @Test
    @DisplayName("check prints warnings and the summary and passes when there are no errors")
    void check_warningsOnly_exitsZero() {
        int code = run("content", "check", dir.toString());

        assertEquals(0, code);
        assertEquals("""
                a.md:7: duplicate question, same answer as a.md:1; merged
                b.md:2: image not found: gone.png
                2 files, 3 entries, 0 errors, 2 warnings
                """, out.toString());
    }

    @Test
    void check_errors_exitOne() throws IOException {
        Files.writeString(dir.resolve("c.md"), "## 没有答案\n\n## \n");
        int code = run("content", "check", dir.toString());

        assertEquals(1, code);
        assertEquals("""
                a.md:7: duplicate question, same answer as a.md:1; merged
                b.md:2: image not found: gone.png
                c.md:1: question without answer
                c.md:3: heading without text
                3 files, 3 entries, 2 errors, 2 warnings
                """, out.toString());
    }

    @Test
    void check_withoutFolder_explainsUsage() {
        int code = run("content", "check");

        assertEquals(2, code);
        assertEquals(
                "wenda content check: name the folder to check, e.g. wenda content check my-bank/\n", err.toString());
    }
}
