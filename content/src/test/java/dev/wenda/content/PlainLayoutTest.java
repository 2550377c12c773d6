package dev.wenda.content;

import static dev.wenda.content.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ## question} + answer layout that content/README.md recommends to authors. */
class PlainLayoutTest {
    @TempDir
    Path dir;

    private static final String BANK = """
            # 我的题库

            ## 什么是过拟合？

            模型在训练集上表现很好，在新数据上表现差。

            -   原因：模型太复杂
            *   办法：**正则化**、[dropout](https://example.com/dropout)

            ## 代码块和图片？

            ```python
            # not a heading
            print("hi")
            ```

            ![本地图](img/a.png)
            ![远程图](https://example.com/b.png)
            """;

    @Test
    @DisplayName("'## question' entries load with the title heading left out")
    void load_plainLayout_givesOneEntryPerLevelTwoHeading() {
        write(dir, "mine.md", BANK);
        write(dir, "img/a.png", new byte[] {1});
        ContentBank bank = ContentBank.load(dir);

        assertEquals(List.of(), bank.problems());
        assertEquals(2, bank.entries().size());
        QaEntry first = bank.entries().get(0);
        assertEquals("mine-1", first.id());
        assertEquals(List.of(new SourceRef("mine", 1, 3)), first.refs());
        assertEquals("什么是过拟合？", first.question());
        assertEquals("""
                模型在训练集上表现很好，在新数据上表现差。

                - 原因：模型太复杂
                - 办法：**正则化**、[dropout](https://example.com/dropout)""", first.answer());
        assertEquals(List.of("正则化", "过拟合"), first.tags());
    }

    @Test
    @DisplayName("code fences stay whole and local images that exist are listed by file URI")
    void load_plainLayout_keepsFencesAndExistingImages() {
        write(dir, "mine.md", BANK);
        Path image = write(dir, "img/a.png", new byte[] {1});
        QaEntry second = ContentBank.load(dir).entries().get(1);

        assertEquals("代码块和图片？", second.question());
        assertEquals("""
                ```python
                # not a heading
                print("hi")
                ```

                ![本地图](img/a.png)
                ![远程图](https://example.com/b.png)""", second.answer());
        assertEquals(List.of(image.toUri().toString(), "https://example.com/b.png"), second.images());
    }

    @Test
    @DisplayName("a local image that does not exist is cut from the answer with a warning")
    void load_missingLocalImage_isDroppedWithWarning() {
        write(dir, "mine.md", BANK);
        ContentBank bank = ContentBank.load(dir);

        assertEquals(
                List.of("mine.md:17: image not found: img/a.png"),
                bank.problems().stream().map(LoadProblem::toString).toList());
        assertEquals(LoadProblem.Severity.WARNING, bank.problems().getFirst().severity());
        QaEntry second = bank.entries().get(1);
        assertEquals("""
                ```python
                # not a heading
                print("hi")
                ```

                ![远程图](https://example.com/b.png)""", second.answer());
        assertEquals(List.of("https://example.com/b.png"), second.images());
    }

    @Test
    void load_imagePathLeavingTheFolder_countsAsMissing() {
        write(dir, "bank/q.md", "## 问题\n\n![x](../secret.png)\n答案\n");
        write(dir, "secret.png", new byte[] {1});
        ContentBank bank = ContentBank.load(dir.resolve("bank"));

        assertEquals(
                List.of("q.md:3: image not found: ../secret.png"),
                bank.problems().stream().map(LoadProblem::toString).toList());
        assertEquals("答案", bank.entries().getFirst().answer());
    }
}
