package dev.wenda.content;

import java.util.List;
import java.util.Objects;

/**
 * One question and its answer from the bank.
 *
 * @param id stable identifier, derived from the first source ref (the same content gives the same
 *     id on every load)
 * @param question the question text, without numbering or Markdown decoration
 * @param answer the answer as clean Markdown (lists, bold, code fences, links and images kept)
 * @param refs every place this entry was read from; more than one when exact duplicates merged
 * @param tags topic tags derived from the text, e.g. 归一化, 卷积
 * @param images image URLs referenced by the answer that are safe to render
 * @param related ids of near-duplicate entries (the same question asked in another file)
 * @param keyPoint the author's one-line statement of the answer's point ({@code <!-- key: … -->} in
 *     the file), empty when the entry has none; never part of {@code answer}
 * @param citedId the id a reply showing this entry cites (its feedback buttons, its links): its own
 *     id, or for an alternate wording that answers from another entry, that entry's id
 */
public record QaEntry(
        String id,
        String question,
        String answer,
        List<SourceRef> refs,
        List<String> tags,
        List<String> images,
        List<String> related,
        String keyPoint,
        String citedId) {
    public QaEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        refs = List.copyOf(refs);
        tags = List.copyOf(tags);
        images = List.copyOf(images);
        related = List.copyOf(related);
        Objects.requireNonNull(keyPoint, "keyPoint");
        Objects.requireNonNull(citedId, "citedId");
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("entry " + id + " has no source ref");
        }
    }

    /** An entry that cites itself. */
    public QaEntry(
            String id,
            String question,
            String answer,
            List<SourceRef> refs,
            List<String> tags,
            List<String> images,
            List<String> related,
            String keyPoint) {
        this(id, question, answer, refs, tags, images, related, keyPoint, id);
    }

    /** An entry without a key point that cites itself. */
    public QaEntry(
            String id,
            String question,
            String answer,
            List<SourceRef> refs,
            List<String> tags,
            List<String> images,
            List<String> related) {
        this(id, question, answer, refs, tags, images, related, "");
    }

    /** The first (primary) source ref. */
    public SourceRef primaryRef() {
        return refs.getFirst();
    }
}
