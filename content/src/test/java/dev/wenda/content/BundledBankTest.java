package dev.wenda.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BundledBankTest {
    private static final ContentBank BANK = ContentBank.bundled();

    static QaEntry entry(ContentBank bank, String key) {
        return bank.entries().stream()
                .filter(e -> e.refs().stream().anyMatch(r -> r.key().equals(key)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + key));
    }

    @Test
    @DisplayName("the seeds hold 105 entries: 25, 25, 13, 21 and 21 per file, in file order")
    void bundled_seeds_give105EntriesPerFileCounts() {
        Map<String, Integer> perFile = new TreeMap<>();
        List<String> keysInOrder = BANK.entries().stream()
                .flatMap(e -> e.refs().stream())
                .map(SourceRef::key)
                .toList();
        BANK.entries().stream().flatMap(e -> e.refs().stream()).forEach(r -> perFile.merge(r.stem(), 1, Integer::sum));
        assertEquals(
                Map.of(
                        "000_0499e02e3bd88c97", 25,
                        "001_1a2931dec68d3d2f", 25,
                        "002_8d3aa4a868210f14", 13,
                        "003_05639a3bc28a7237", 21,
                        "004_8dfd5e6188e69cde", 21),
                perFile);
        assertEquals(105, keysInOrder.size());
        assertEquals("000_0499e02e3bd88c97#1", keysInOrder.getFirst());
        assertEquals("004_8dfd5e6188e69cde#21", keysInOrder.getLast());
    }

    @Test
    @DisplayName("exact duplicates 000 #17/#18 and #19/#20 merge, leaving 103 entries that keep both refs")
    void bundled_exactDuplicates_mergeKeepingEveryRef() {
        assertEquals(103, BANK.entries().size());
        QaEntry conv = entry(BANK, "000_0499e02e3bd88c97#18");
        assertEquals(
                List.of(new SourceRef("000_0499e02e3bd88c97", 17, 67), new SourceRef("000_0499e02e3bd88c97", 18, 71)),
                conv.refs());
        assertEquals("000_0499e02e3bd88c97-17", conv.id());
        QaEntry generalise = entry(BANK, "000_0499e02e3bd88c97#20");
        assertEquals(
                List.of(new SourceRef("000_0499e02e3bd88c97", 19, 74), new SourceRef("000_0499e02e3bd88c97", 20, 80)),
                generalise.refs());
        assertEquals("怎么提升网络的泛化能力", generalise.question());
    }

    @Test
    @DisplayName("the bundled bank reports only the two merges and the three missing local images")
    void bundled_problems_areTheMergesAndMissingImages() {
        assertEquals(
                List.of(
                        "000_0499e02e3bd88c97.txt:71: duplicate question, same answer as 000_0499e02e3bd88c97.txt:67; merged",
                        "000_0499e02e3bd88c97.txt:80: duplicate question, same answer as 000_0499e02e3bd88c97.txt:74; merged",
                        "004_8dfd5e6188e69cde.txt:101: image not found: image/draft/1718803121082.png",
                        "004_8dfd5e6188e69cde.txt:181: image not found: image/draft/1719229475199.png",
                        "004_8dfd5e6188e69cde.txt:199: image not found: image/draft/1719231136266.png"),
                BANK.problems().stream().map(LoadProblem::toString).toList());
        assertTrue(BANK.problems().stream().allMatch(p -> p.severity() == LoadProblem.Severity.WARNING));
    }

    @Test
    void ids_areStemDashOrdinalAndUnique() {
        assertEquals(
                "001_1a2931dec68d3d2f-7", entry(BANK, "001_1a2931dec68d3d2f#7").id());
        assertEquals(103, BANK.entries().stream().map(QaEntry::id).distinct().count());
    }

    @Test
    @DisplayName("loading twice gives equal entries and the same content hash")
    void bundled_loadedTwice_isIdentical() {
        ContentBank again = ContentBank.bundled();
        assertEquals(BANK.entries(), again.entries());
        assertEquals(BANK.contentHash(), again.contentHash());
        assertTrue(BANK.contentHash().matches("[0-9a-f]{64}"), BANK.contentHash());
    }

    @Test
    @DisplayName("the 1x1-conv questions of 000, 002 and 003 link to each other")
    void related_oneByOneConvolution_linksAcrossFiles() {
        assertEquals(
                List.of("002_8d3aa4a868210f14-7", "003_05639a3bc28a7237-21"),
                entry(BANK, "000_0499e02e3bd88c97#17").related());
        assertEquals(
                List.of("000_0499e02e3bd88c97-17", "003_05639a3bc28a7237-21"),
                entry(BANK, "002_8d3aa4a868210f14#7").related());
        assertEquals(
                List.of("000_0499e02e3bd88c97-17", "002_8d3aa4a868210f14-7"),
                entry(BANK, "003_05639a3bc28a7237#21").related());
    }

    @Test
    @DisplayName("什么是dropout links to the other dropout questions and they stay separate entries")
    void related_dropout_linksButStaysSeparate() {
        assertEquals(
                List.of("000_0499e02e3bd88c97-24", "001_1a2931dec68d3d2f-19"),
                entry(BANK, "000_0499e02e3bd88c97#13").related());
        assertEquals(
                List.of("000_0499e02e3bd88c97-13"),
                entry(BANK, "001_1a2931dec68d3d2f#19").related());
    }

    @Test
    void tags_comeFromQuestionAndAnswer() {
        assertEquals(
                List.of("激活函数", "归一化", "梯度"),
                entry(BANK, "000_0499e02e3bd88c97#1").tags());
        assertEquals(List.of("GAN"), entry(BANK, "001_1a2931dec68d3d2f#10").tags());
        assertEquals(List.of("迁移学习"), entry(BANK, "004_8dfd5e6188e69cde#16").tags());
        assertEquals(List.of("卷积", "池化"), entry(BANK, "002_8d3aa4a868210f14#9").tags());
        assertEquals(List.of("RNN"), entry(BANK, "000_0499e02e3bd88c97#5").tags());
    }

    @Test
    @DisplayName("bank/bank.index lists exactly the bundled files, so the jar never needs listing")
    void index_listsEveryBundledFile() throws IOException {
        List<String> inFolder;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/bank"))) {
            inFolder = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("bank.index"))
                    .sorted()
                    .toList();
        }
        assertEquals(inFolder, BundledFiles.read().stream().map(RawFile::name).toList());
    }
}
