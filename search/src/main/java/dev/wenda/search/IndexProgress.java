package dev.wenda.search;

/**
 * Progress of a long index build: the CLI draws a bar on a terminal and logs periodic lines
 * otherwise. Called from the building thread; implementations must be cheap.
 */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, total) -> {};

    /** {@code done} of {@code total} entries are indexed. */
    void indexed(int done, int total);
}
