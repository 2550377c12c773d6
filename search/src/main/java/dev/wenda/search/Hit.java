package dev.wenda.search;

import dev.wenda.content.QaEntry;
import java.util.List;
import java.util.Objects;

/**
 * One ranked entry.
 *
 * @param entry the entry
 * @param score the fused score that ordered the ranking (comparable within one query only)
 * @param lexical the lexical BM25 score, 0 when the lexical path did not find it
 * @param similarity the cosine similarity of query and entry question, 0 without the model
 */
public record Hit(QaEntry entry, double score, double lexical, double similarity) {
    public Hit {
        Objects.requireNonNull(entry, "entry");
    }

    /** Every ref of the entry as {@code stem#n}, primary first. */
    public List<String> refKeys() {
        return entry.refs().stream().map(r -> r.key()).toList();
    }
}
