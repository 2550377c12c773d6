package dev.wenda.content;

import static dev.wenda.content.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckReportTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a clean folder passes with a summary line only")
    void check_cleanFolder_passes() {
        write(dir, "a.md", "## 问题一\n答案一\n\n## 问题二\n答案二\n");
        write(dir, "b.md", "## 问题三\n答案三\n");
        CheckReport report = CheckReport.of(dir);

        assertEquals(List.of("2 files, 3 entries, 0 errors, 0 warnings"), report.lines());
        assertEquals(0, report.exitCode());
    }

    @Test
    @DisplayName("each authoring mistake is printed as file:line: message and errors fail the check")
    void check_authoringMistakes_areReportedWithLines() {
        write(dir, "a.md", """
                ## 没有答案的问题

                ## 有答案的问题
                答案

                ##

                ## 代码块没关上
                ```python
                print(1)
                """);
        write(dir, "b.md", "## 有答案的问题\n另一个答案\n\n## 图片\n![图](missing.png)\n文字\n");
        CheckReport report = CheckReport.of(dir);

        assertEquals(
                List.of(
                        "a.md:1: question without answer",
                        "a.md:6: heading without text",
                        "a.md:9: unclosed code fence",
                        "b.md:1: duplicate question (also at a.md:3) with a different answer",
                        "b.md:5: image not found: missing.png",
                        "2 files, 4 entries, 3 errors, 2 warnings"),
                report.lines());
        assertEquals(1, report.exitCode());
    }

    @Test
    @DisplayName(
            "a line holding a terminal escape or another control character is reported as file:line: control character")
    void check_controlCharacters_areReportedWithLines() {
        write(dir, "a.md", "## 问题\u001b]0;pwned\u0007\n答案 \u001b[2J清屏\n\n## 制表\n\t缩进的答案\u0085\n");
        CheckReport report = CheckReport.of(dir);

        assertEquals(
                List.of(
                        "a.md:1: control character",
                        "a.md:2: control character",
                        "a.md:5: control character",
                        "1 file, 2 entries, 3 errors, 0 warnings"),
                report.lines());
        assertEquals(1, report.exitCode());
    }

    @Test
    @DisplayName("warnings alone keep the exit code at 0")
    void check_onlyWarnings_passes() {
        write(dir, "a.md", "## 问题\n答案\n\n## 问题\n答案\n");
        CheckReport report = CheckReport.of(dir);

        assertEquals(
                List.of(
                        "a.md:4: duplicate question, same answer as a.md:1; merged",
                        "1 file, 1 entry, 0 errors, 1 warning"),
                report.lines());
        assertEquals(0, report.exitCode());
    }

    @Test
    void check_missingFolder_failsWithOneError() {
        Path missing = dir.resolve("nope");
        CheckReport report = CheckReport.of(missing);

        assertEquals(
                List.of(missing + ": folder not found", "0 files, 0 entries, 1 error, 0 warnings"), report.lines());
        assertEquals(1, report.exitCode());
    }

    @Test
    @DisplayName("unreadable and bad files count as files and fail the check")
    void check_badFiles_countAndFail() {
        write(dir, "a.md", "## 问题\n答案\n");
        write(dir, "bin.txt", new byte[] {1, 0, 2});
        write(dir, "notes.txt", "没有问题的笔记\n");
        CheckReport report = CheckReport.of(dir);

        assertEquals(
                List.of(
                        "bin.txt: binary file, not UTF-8 text; skipped",
                        "notes.txt: no entries found (start each question with a \"## \" heading)",
                        "3 files, 1 entry, 2 errors, 0 warnings"),
                report.lines());
    }
}
