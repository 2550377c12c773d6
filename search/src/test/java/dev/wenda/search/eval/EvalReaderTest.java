package dev.wenda.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReaderTest {
    private static List<EvalQuery> read(String text) throws IOException {
        return new EvalReader().read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void read_acceptsRefStringsAndFileNamePairs() throws IOException {
        List<EvalQuery> queries = read("""
                {"query": "BN是干嘛的", "relevant": ["000_a#1", ["001_b.txt", 11]], "kind": "in_domain"}

                {"query": "你好", "relevant": [], "kind": "out_of_domain"}
                {"query": "无 kind", "relevant": [["x.md", 2]]}
                """);
        assertEquals(
                List.of(
                        new EvalQuery("BN是干嘛的", List.of("000_a#1", "001_b#11"), EvalQuery.Kind.IN_DOMAIN),
                        new EvalQuery("你好", List.of(), EvalQuery.Kind.OUT_OF_DOMAIN),
                        new EvalQuery("无 kind", List.of("x#2"), EvalQuery.Kind.IN_DOMAIN)),
                queries);
    }

    @Test
    void read_namesTheLineOfABadItem() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> read("{\"query\": \"a\", \"relevant\": [\"a#1\"]}\n{\"query\": \"b\", \"relevant\": [42]}\n"));
        assertEquals("line 2: relevant item must be \"stem#n\" or [\"file name\", n], was 42", e.getMessage());
    }

    @Test
    void read_rejectsAnUnknownKind() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> read("{\"query\": \"a\", \"kind\": \"maybe\"}"));
        assertEquals("line 1: \"kind\" must be in_domain or out_of_domain, was maybe", e.getMessage());
    }

    @Test
    void read_keepsTheClassAndIgnoresOtherFields() throws IOException {
        List<EvalQuery> queries = read("""
                {"query": "C++虚函数", "relevant": [], "kind": "out_of_domain", "class": "other_field", "source": "x"}
                {"query": "你好", "relevant": [], "kind": "out_of_domain"}
                """);
        assertEquals(
                List.of(
                        new EvalQuery("C++虚函数", List.of(), EvalQuery.Kind.OUT_OF_DOMAIN, "other_field"),
                        new EvalQuery("你好", List.of(), EvalQuery.Kind.OUT_OF_DOMAIN, "off_topic")),
                queries);
    }

    @Test
    void read_rejectsAnOffTopicQueryWithRelevantRefs() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> read("{\"query\": \"a\", \"relevant\": [\"s#1\"], \"kind\": \"out_of_domain\"}"));
        assertEquals("line 1: out-of-domain query has relevant refs: a", e.getMessage());
    }
}
