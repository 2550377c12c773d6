package dev.wenda.content;

import static dev.wenda.content.TestFiles.concat;
import static dev.wenda.content.TestFiles.utf8;
import static dev.wenda.content.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files never throw and never cost other files their entries; each gets a clear message. */
class BadInputTest {
    private static final String GOOD = "## 什么是dropout\n\n随机丢弃神经元。\n";

    @TempDir
    Path dir;

    private static List<String> messages(ContentBank bank) {
        return bank.problems().stream().map(LoadProblem::toString).toList();
    }

    private static List<String> questions(ContentBank bank) {
        return bank.entries().stream().map(QaEntry::question).toList();
    }

    @Test
    void load_missingFolder_isOneError() {
        Path missing = dir.resolve("nope");
        ContentBank bank = ContentBank.load(missing);

        assertEquals(List.of(missing + ": folder not found"), messages(bank));
        assertEquals(LoadProblem.Severity.ERROR, bank.problems().getFirst().severity());
        assertEquals(List.of(), bank.entries());
    }

    @Test
    void load_emptyFolder_isOneError() {
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of(dir + ": no content files (*.md, *.txt) in this folder"), messages(bank));
        assertEquals(List.of(), bank.entries());
    }

    @Test
    @DisplayName("a broken link is reported as unreadable and the good file still loads")
    void load_brokenLink_isSkippedWithReason() throws IOException {
        write(dir, "a.md", GOOD);
        Files.createSymbolicLink(dir.resolve("b.md"), dir.resolve("gone.md"));
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of("b.md: cannot read file (no such file; a broken link?)"), messages(bank));
        assertEquals(List.of("什么是dropout"), questions(bank));
    }

    @Test
    @DisplayName("a file without read permission is reported and the others still load")
    void load_permissionDenied_isSkippedWithReason() {
        write(dir, "a.md", GOOD);
        write(dir, "locked.md", GOOD);
        FileReader denyLocked = file -> {
            if (file.getFileName().toString().equals("locked.md")) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        };
        ContentBank bank =
                new BankLoader(denyLocked, Tagger.bundled()).loadFolder(dir).bank();

        assertEquals(List.of("locked.md: cannot read file (permission denied)"), messages(bank));
        assertEquals(List.of("什么是dropout"), questions(bank));
    }

    @Test
    void load_binaryFile_isSkipped() {
        write(dir, "a.md", GOOD);
        write(dir, "picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of("picture.txt: binary file, not UTF-8 text; skipped"), messages(bank));
        assertEquals(List.of("什么是dropout"), questions(bank));
    }

    @Test
    @DisplayName("a 10 MB file is refused at once with its size and the 5 MB limit")
    void load_tenMegabyteFile_isRefusedQuickly() {
        write(dir, "a.md", GOOD);
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        write(dir, "big.md", big);

        ContentBank bank = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ContentBank.load(dir));

        assertEquals(List.of("big.md: file too large (10.0 MB, the limit is 5 MB); skipped"), messages(bank));
        assertEquals(List.of("什么是dropout"), questions(bank));
    }

    @Test
    @DisplayName("a bank file that is a link to /dev/zero or a FIFO is skipped without reading; the others load")
    void load_specialFiles_areSkippedWithoutReading() throws Exception {
        write(dir, "a.md", GOOD);
        Files.createSymbolicLink(dir.resolve("b.md"), Path.of("/dev/zero"));
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", dir.resolve("c.md").toString())
                        .start()
                        .waitFor());

        ContentBank bank = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ContentBank.load(dir));

        assertEquals(List.of("b.md: not a regular file; skipped", "c.md: not a regular file; skipped"), messages(bank));
        assertEquals(List.of("什么是dropout"), questions(bank));
    }

    @Test
    @DisplayName("a file just under the limit (4.5 MB, 3000 entries) loads in reasonable time")
    void load_fileJustUnderTheLimit_loads() {
        StringBuilder text = new StringBuilder();
        String answer = "卷积神经网络的答案，包含**粗体**和列表。".repeat(26);
        for (int i = 1; i <= 3000; i++) {
            text.append("## 第")
                    .append(i)
                    .append("个问题：编号")
                    .append(Integer.toHexString(i * 7919))
                    .append("\n\n");
            text.append(answer).append("\n- 要点一\n- 要点二\n\n");
        }
        write(dir, "large.md", text.toString());
        int size = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertEquals(true, size > 4_000_000 && size < FolderFiles.MAX_BYTES, "size " + size);

        ContentBank bank = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ContentBank.load(dir));

        assertEquals(List.of(), messages(bank));
        assertEquals(3000, bank.entries().size());
    }

    @Test
    @DisplayName("CRLF line ends read exactly like LF")
    void load_crlfLineEnds_matchLf() {
        String text = "## 问题一\r\n\r\n- 第一行\r\n- 第二行\r\n\r\n## 问题二\r\n答案二\r\n";
        write(dir, "crlf.md", text);
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of(), messages(bank));
        assertEquals(List.of("问题一", "问题二"), questions(bank));
        assertEquals("- 第一行\n- 第二行", bank.entries().get(0).answer());
        assertEquals(6, bank.entries().get(1).primaryRef().line());
    }

    @Test
    @DisplayName("a UTF-8 byte order mark does not hide the first heading")
    void load_byteOrderMark_isIgnored() {
        write(dir, "bom.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("## 问题\n答案\n")));
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of(), messages(bank));
        assertEquals(List.of("问题"), questions(bank));
        assertEquals("答案", bank.entries().getFirst().answer());
    }

    @Test
    @DisplayName("invalid UTF-8 is an error on its line and the file's entries still load")
    void load_invalidUtf8_isReportedOnItsLine() {
        write(
                dir,
                "bad.md",
                concat(utf8("## 问题一\n答案一\n## 问题二\n答案"), new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8("二\n")));
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of("bad.md:4: invalid UTF-8 (bad bytes shown as \uFFFD)"), messages(bank));
        assertEquals(LoadProblem.Severity.ERROR, bank.problems().getFirst().severity());
        assertEquals(List.of("问题一", "问题二"), questions(bank));
        assertEquals("答案\uFFFD\uFFFD二", bank.entries().get(1).answer());
    }

    @Test
    void load_textWithoutQuestions_isAnError() {
        write(dir, "a.md", GOOD);
        write(dir, "notes.md", "只是一些笔记，\n没有问题。\n");
        ContentBank bank = ContentBank.load(dir);

        assertEquals(
                List.of("notes.md: no entries found (start each question with a \"## \" heading)"), messages(bank));
        assertEquals(LoadProblem.Severity.ERROR, bank.problems().getFirst().severity());
        assertEquals(List.of("什么是dropout"), questions(bank));
    }

    @Test
    void load_emptyFile_isAWarning() {
        write(dir, "a.md", GOOD);
        write(dir, "empty.md", "\n\n");
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of("empty.md: empty file, no entries"), messages(bank));
        assertEquals(LoadProblem.Severity.WARNING, bank.problems().getFirst().severity());
    }

    @Test
    @DisplayName("other files, hidden files and folders are ignored")
    void load_onlyReadsVisibleContentFiles() {
        write(dir, "a.md", GOOD);
        write(dir, "b.pdf", new byte[] {0, 1});
        write(dir, ".hidden.md", "## 隐藏\n答\n");
        write(dir, "sub.md/inner.md", "## 子目录\n答\n");
        LoadReport report = ContentBank.report(dir);

        assertEquals(List.of("a.md"), report.files());
        assertEquals(List.of("什么是dropout"), questions(report.bank()));
    }
}
