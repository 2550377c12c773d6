package dev.wenda.search.bench;

import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A large bank for benchmarks, made from real entries: entry {@code i} is real entry {@code i % n}
 * with the same question and its answer followed by a copy marker, so term statistics and
 * question lengths stay realistic while every entry is distinct.
 */
public final class SyntheticBank {
    private SyntheticBank() {}

    public static ContentBank of(ContentBank real, int size) {
        List<QaEntry> base = real.entries();
        if (base.isEmpty()) {
            throw new IllegalArgumentException("the real bank has no entries to copy");
        }
        List<QaEntry> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            QaEntry e = base.get(i % base.size());
            int copy = i / base.size();
            String stem = "syn" + copy;
            out.add(new QaEntry(
                    stem + "-" + e.id(),
                    e.question(),
                    e.answer() + "\n\n(副本 " + copy + ")",
                    List.of(new SourceRef(stem, (i % base.size()) + 1, 1)),
                    e.tags(),
                    List.of(),
                    List.of()));
        }
        return new ContentBank(out, List.of(), "synthetic-" + size + "-" + real.contentHash());
    }
}
