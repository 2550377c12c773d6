package dev.wenda.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the content parser: 100,000 generated banks of one or two files, each parsed and assembled
 * exactly as {@link BankLoader} does, and one batch of generated files loaded through the public
 * {@link ContentBank#report(Path)} from a folder.
 */
class ContentParserFuzzTest {
    private static final List<String> LINES = List.of(
            "## ",
            "# ",
            "### ",
            "#### 什么是 BatchNorm？",
            "## 1. 为什么用 ReLU?",
            "1. 什么是过拟合？",
            "2) Dropout 的作用",
            "**问题：梯度消失**",
            "*Q*",
            "Q: what is attention?",
            "A: softmax(QK^T/√d)V",
            "问：",
            "答：",
            "```",
            "```python",
            "~~~",
            "    indented code",
            "",
            "",
            "   ",
            "\t",
            "- item",
            "* item",
            "+ item",
            "> quote",
            "---",
            "***",
            "===",
            "![img](ok.png)",
            "![img](missing.png)",
            "![x](http://example.com/y.png)",
            "![x](javascript:alert(1))",
            "[link](https://example.com)",
            "<details><summary>答案</summary>",
            "</details>",
            "<script>alert(1)</script>",
            "@everyone <@123> <!channel>",
            "答案在这里。",
            "The answer is here.",
            "\u200B\u202E",
            "\uFEFF## BOM heading",
            "参考：https://example.com",
            "| a | b |",
            "|---|---|");

    private static final Pattern PROBLEM = Pattern.compile("([ab]\\.md)(?::(\\d+))?: (\\S.*)");

    private final Tagger tagger = Tagger.bundled();

    @Property(tries = 100_000)
    @Label("any file: no exception; entries have text; refs numbered 1..n per file; problems read file:line: message")
    void anyFiles_parseWithinContract(@ForAll("banks") List<RawFile> files) {
        List<FileParser.ParsedFile> parsed = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (RawFile file : files) {
            FileParser.ParsedFile result = FileParser.parse(file, ContentParserFuzzTest::resolve);
            parsed.add(result);
            problems.addAll(result.problems());
        }
        BankAssembler.Assembled assembled = new BankAssembler(tagger).assemble(parsed);
        problems.addAll(assembled.problems());
        checkBank(files, assembled.entries(), problems);
    }

    @Example
    @Label(
            "a batch of 200 generated files (some of 2,000 lines) loads from a folder through ContentBank.report within the same contract")
    void generatedFolder_loadsWithinContract() throws IOException {
        Path dir = Files.createTempDirectory("wenda-fuzz");
        try {
            Random random = new Random(20_261_125L);
            List<RawFile> files = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                RawFile file = new RawFile(String.format("f%03d.md", i), bytes(random));
                Files.write(dir.resolve(file.name()), file.bytes());
                files.add(file);
            }
            LoadReport report = ContentBank.report(dir);
            assertEquals(files.stream().map(RawFile::name).toList(), report.files());
            for (LoadProblem p : report.bank().problems()) {
                assertTrue(Pattern.matches("f\\d{3}\\.md(?::\\d+)?: \\S.*", p.toString()), p::toString);
            }
            checkEntries(files, report.bank().entries());
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void checkBank(List<RawFile> files, List<QaEntry> entries, List<LoadProblem> problems) {
        checkEntries(files, entries);
        for (LoadProblem p : problems) {
            var m = PROBLEM.matcher(p.toString());
            assertTrue(m.matches(), () -> "malformed problem: " + p);
            assertFalse(p.message().contains("\n"), p::toString);
            if (m.group(2) != null) {
                int lines = lineCount(files.stream()
                        .filter(f -> f.name().equals(m.group(1)))
                        .findFirst()
                        .orElseThrow());
                int line = Integer.parseInt(m.group(2));
                assertTrue(line >= 1 && line <= lines, () -> p + " is outside the file's " + lines + " lines");
            }
        }
    }

    /** Non-blank question and answer; the refs of each file are numbered 1..n without gaps. */
    private static void checkEntries(List<RawFile> files, List<QaEntry> entries) {
        Map<String, TreeSet<Integer>> ordinals = new TreeMap<>();
        for (QaEntry e : entries) {
            assertFalse(e.question().isBlank(), () -> "blank question in " + e.id());
            assertFalse(e.answer().isBlank(), () -> "blank answer in " + e.id());
            for (SourceRef ref : e.refs()) {
                assertTrue(
                        ordinals.computeIfAbsent(ref.stem(), s -> new TreeSet<>())
                                .add(ref.ordinal()),
                        ref::key);
            }
        }
        ordinals.forEach((stem, seen) ->
                assertEquals(IntStream.rangeClosed(1, seen.size()).boxed().toList(), List.copyOf(seen), stem));
        var stems = files.stream().map(RawFile::stem).collect(Collectors.toSet());
        assertTrue(stems.containsAll(ordinals.keySet()), ordinals::toString);
    }

    private static int lineCount(RawFile file) {
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks + 1;
    }

    private static Optional<String> resolve(String file, String path) {
        return path.startsWith("ok") ? Optional.of("file:///bank/" + path) : Optional.empty();
    }

    @Provide
    Arbitrary<List<RawFile>> banks() {
        return Arbitraries.randomValue(random -> {
            List<RawFile> files = new ArrayList<>();
            files.add(new RawFile("a.md", bytes(random)));
            if (random.nextInt(4) == 0) {
                files.add(new RawFile("b.md", bytes(random)));
            }
            return files;
        });
    }

    /** A generated file: mostly a few dozen Markdown-ish lines, sometimes long, binary or broken UTF-8. */
    private static byte[] bytes(Random random) {
        int lines = random.nextInt(1_000) == 0 ? random.nextInt(1_000) : random.nextInt(10);
        String newline = random.nextInt(5) == 0 ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String template = LINES.get(random.nextInt(LINES.size()));
            text.append(template);
            if (random.nextInt(3) == 0) {
                text.append(noise(random));
            }
            text.append(random.nextInt(40) == 0 ? "\r" : newline);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int damage = random.nextInt(20);
        if (damage == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        } else if (damage == 1 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = 0;
        }
        return bytes;
    }

    private static String noise(Random random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(4);
            int cp =
                    switch (kind) {
                        case 0 -> 0x4E00 + random.nextInt(0x5000);
                        case 1 -> 0x20 + random.nextInt(0x5F);
                        case 2 -> random.nextInt(0x10000);
                        default -> random.nextInt(Character.MAX_CODE_POINT + 1);
                    };
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
