package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;
import java.util.List;
import java.util.Optional;

/**
 * Where quiz questions come from: the bank's entries for a topic, and entries close in meaning to
 * one entry (distractors that make a choice non-trivial). The search module provides the real one;
 * {@link BankQuestionPool} works on a plain list.
 */
public interface QuestionPool {
    /** Entries for {@code topic} (a tag or free text), in a stable order; every entry when blank. */
    List<QaEntry> entries(String topic);

    /** Up to {@code limit} other entries closest in meaning to {@code entry}, closest first. */
    List<QaEntry> similar(QaEntry entry, int limit);

    /** The entry with this id, if the bank has it. */
    Optional<QaEntry> entry(String id);

    /**
     * Whether {@code a} and {@code b} cannot stand side by side in one question: one's answer also
     * answers the other's question, or they say the same thing. Symmetric. This pool's rule:
     * {@link Overlaps#lexical}; a pool with search and embeddings knows more.
     */
    default boolean overlaps(QaEntry a, QaEntry b) {
        return Overlaps.lexical(a, b);
    }
}
