package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final Synonyms synonyms = Synonyms.bundled(normalizer);

    private List<String> conceptNames(String query) {
        return synonyms.expand(normalizer.normalize(query)).concepts().stream()
                .map(c -> c.variants().getFirst())
                .toList();
    }

    @Test
    void bundled_hasAtLeastSixtyGroupsOfTwoOrMoreSpellings() {
        assertTrue(synonyms.size() >= 60, "groups: " + synonyms.size());
        assertTrue(synonyms.groups().stream().allMatch(g -> g.size() >= 2));
    }

    @Test
    void expand_findsAbbreviationsEnglishAndChineseSpellingsOfOneConcept() {
        assertEquals(List.of("批归一化"), conceptNames("BN"));
        assertEquals(List.of("批归一化"), conceptNames("Batch Normalization"));
        assertEquals(List.of("批归一化"), conceptNames("批量归一化"));
        assertEquals(List.of("随机失活"), conceptNames("dropout"));
        assertEquals(List.of("感受野"), conceptNames("receptive field"));
        assertEquals(List.of("过拟合"), conceptNames("overfitting"));
        assertEquals(List.of("随机梯度下降"), conceptNames("SGD"));
        assertEquals(List.of("生成对抗网络"), conceptNames("GAN"));
        assertEquals(List.of("循环神经网络"), conceptNames("RNN"));
        assertEquals(List.of("层归一化"), conceptNames("LN"));
    }

    @Test
    void expand_prefersTheLongestSpellingAndBlanksItInTheResidual() {
        Synonyms.Expansion e = synonyms.expand(normalizer.normalize("layer norm 和 batch norm 有啥不同"));
        assertEquals(
                List.of("层归一化", "批归一化", "区别"),
                e.concepts().stream().map(c -> c.variants().getFirst()).toList());
        assertEquals("", e.residual().replace(" ", "").replace("和", ""));
    }

    @Test
    void expand_matchesLatinSpellingsOnlyAsWholeWords() {
        assertEquals(List.of(), conceptNames("bnxyz lnk"));
        assertEquals(List.of("批归一化"), conceptNames("bn层"));
    }

    @Test
    void parse_rejectsAGroupWithOneSpelling() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Synonyms.parse(new BufferedReader(new StringReader("adagrad\n")), normalizer));
        assertEquals("synonym line needs at least two variants: adagrad", e.getMessage());
    }

    @Test
    void parse_marksTheGroupsAfterTheIntentsLineAsIntents() throws Exception {
        Synonyms parsed = Synonyms.parse(
                new BufferedReader(new StringReader("dropout, 随机失活\n[intents]\n作用, 干嘛的\n区别, 不同\n")), normalizer);
        List<Synonyms.Concept> found =
                parsed.expand(normalizer.normalize("dropout 干嘛的")).concepts();
        assertEquals(
                List.of("dropout", "作用"),
                found.stream().map(c -> c.variants().getFirst()).toList());
        assertEquals(
                List.of(false, true),
                found.stream().map(Synonyms.Concept::intent).toList());
        assertTrue(parsed.isIntent(2));
    }

    @Test
    void parse_rejectsAnUnknownOrRepeatedSection() {
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class,
                () -> Synonyms.parse(new BufferedReader(new StringReader("[topics]\na, b\n")), normalizer));
        assertEquals(
                "synonym file: unexpected section line [topics] (the only section is [intents], once)",
                unknown.getMessage());
        IllegalArgumentException twice = assertThrows(
                IllegalArgumentException.class,
                () -> Synonyms.parse(new BufferedReader(new StringReader("[intents]\na, b\n[intents]\n")), normalizer));
        assertEquals(
                "synonym file: unexpected section line [intents] (the only section is [intents], once)",
                twice.getMessage());
    }

    @Test
    void bundled_intentsAreQuestionTypesAndTopicsAreNot() {
        List<Synonyms.Concept> found =
                synonyms.expand(normalizer.normalize("BN和LN的区别，各有什么作用")).concepts();
        assertEquals(
                List.of("批归一化", "层归一化", "区别", "作用"),
                found.stream().map(c -> c.variants().getFirst()).toList());
        assertEquals(
                List.of(false, false, true, true),
                found.stream().map(Synonyms.Concept::intent).toList());
    }

    @Test
    void fingerprint_changesWhenAGroupBecomesAnIntent() {
        List<List<String>> groups = List.of(List.of("dropout", "随机失活"), List.of("作用", "干嘛的"));
        assertNotEquals(new Synonyms(groups).fingerprint(), new Synonyms(groups, 1).fingerprint());
    }
}
