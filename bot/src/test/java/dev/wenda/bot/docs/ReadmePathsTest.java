package dev.wenda.bot.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README and docs tell a user of a fresh clone what to run; the files they name must be in it. */
class ReadmePathsTest {
    /** Tests run in {@code bot/}; the repository root is its parent. */
    private static final Path ROOT = Path.of("..");

    private static final Pattern QUERY_FILE = Pattern.compile("(?<![\\w/.-])((?:\\.\\./|[\\w-]+/)[\\w./-]*\\.jsonl)");

    @Test
    @DisplayName("every query file the README and docs name exists in a fresh clone")
    void namedQueryFiles_exist() throws IOException {
        List<Path> documents;
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            documents = Stream.concat(Stream.of(ROOT.resolve("README.md")), docs.filter(p -> p.toString()
                            .endsWith(".md")))
                    .toList();
        }
        int named = 0;
        StringBuilder missing = new StringBuilder();
        for (Path document : documents) {
            Matcher m = QUERY_FILE.matcher(Files.readString(document));
            while (m.find()) {
                named++;
                // A path out of the repository (../shared/...) is not in a user's clone, even when this
                // machine has it next to the worktree.
                if (m.group(1).startsWith("../") || !Files.exists(ROOT.resolve(m.group(1)))) {
                    missing.append(ROOT.relativize(document))
                            .append(": ")
                            .append(m.group(1))
                            .append('\n');
                }
            }
        }
        assertFalse(named == 0, "the README names the dev query set");
        assertEquals("", missing.toString());
    }
}
