package dev.wenda.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads evaluation files: JSON lines {@code {"query": …, "relevant": [...], "kind": "in_domain" |
 * "out_of_domain", "class": …}} (other fields, such as {@code source}, are ignored). A relevant item is {@code "stem#n"} or a pair {@code ["file name", n]} (the
 * file's extension is dropped). Without {@code kind}, a query with relevant refs is in-domain.
 * Blank lines are skipped; a bad line fails with its line number.
 */
public final class EvalReader {
    private final ObjectMapper json = new ObjectMapper();

    public List<EvalQuery> read(BufferedReader reader) throws IOException {
        List<EvalQuery> out = new ArrayList<>();
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(parse(json.readTree(line)));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static EvalQuery parse(JsonNode node) {
        JsonNode query = node.get("query");
        if (query == null || !query.isTextual()) {
            throw new IllegalArgumentException("\"query\" must be a string");
        }
        List<String> relevant = new ArrayList<>();
        JsonNode rel = node.get("relevant");
        if (rel != null && !rel.isNull()) {
            if (!rel.isArray()) {
                throw new IllegalArgumentException("\"relevant\" must be an array");
            }
            for (JsonNode item : rel) {
                relevant.add(ref(item));
            }
        }
        JsonNode kind = node.get("kind");
        EvalQuery.Kind k;
        if (kind == null || kind.isNull()) {
            k = relevant.isEmpty() ? EvalQuery.Kind.OUT_OF_DOMAIN : EvalQuery.Kind.IN_DOMAIN;
        } else {
            k = switch (kind.asText()) {
                case "in_domain" -> EvalQuery.Kind.IN_DOMAIN;
                case "out_of_domain" -> EvalQuery.Kind.OUT_OF_DOMAIN;
                default ->
                    throw new IllegalArgumentException(
                            "\"kind\" must be in_domain or out_of_domain, was " + kind.asText());
            };
        }
        JsonNode category = node.get("class");
        if (category != null && !category.isNull() && !category.isTextual()) {
            throw new IllegalArgumentException("\"class\" must be a string");
        }
        return category == null || category.isNull()
                ? new EvalQuery(query.asText(), relevant, k)
                : new EvalQuery(query.asText(), relevant, k, category.asText());
    }

    static String ref(JsonNode item) {
        if (item.isTextual()) {
            String s = item.asText();
            if (!s.matches(".+#\\d+")) {
                throw new IllegalArgumentException("relevant item must look like stem#n, was " + s);
            }
            return s;
        }
        if (item.isArray()
                && item.size() == 2
                && item.get(0).isTextual()
                && item.get(1).canConvertToInt()) {
            String file = item.get(0).asText();
            int dot = file.lastIndexOf('.');
            String stem = dot > 0 ? file.substring(0, dot) : file;
            return stem + "#" + item.get(1).asInt();
        }
        throw new IllegalArgumentException("relevant item must be \"stem#n\" or [\"file name\", n], was " + item);
    }
}
