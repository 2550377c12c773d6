package dev.wenda.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A loaded Q&A bank: its entries in file order (duplicates merged) and the problems met while
 * reading it. Loading never throws for bad files; each problem is reported and the other files'
 * entries are kept.
 *
 * @param entries the entries, in file order then entry order
 * @param problems warnings and errors, in file then line order
 * @param contentHash a hash of every file's name and bytes, so an index built from this content can
 *     be recognised and reused
 */
public record ContentBank(List<QaEntry> entries, List<LoadProblem> problems, String contentHash) {
    public ContentBank {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The bank bundled with Wenda (the {@code bank/} resources of this module). */
    public static ContentBank bundled() {
        return BankLoader.standard().loadBundled().bank();
    }

    /** Every content file ({@code *.md}, {@code *.markdown}, {@code *.txt}; at most 5 MB each) directly in {@code dir}, in name order. */
    public static ContentBank load(Path dir) {
        return report(dir).bank();
    }

    /**
     * Like {@link #load(Path)}, also naming every content file found (readable or not); a missing
     * or empty folder gives an empty bank with one error.
     */
    public static LoadReport report(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return BankLoader.standard().loadFolder(dir);
    }
}
