package dev.wenda.bot.cli;

import dev.wenda.search.IndexProgress;
import java.io.PrintWriter;

/** A one-line terminal progress bar for index builds, redrawn with a carriage return. */
final class ProgressBar implements IndexProgress {
    static final int WIDTH = 30;

    private final PrintWriter err;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void indexed(int done, int total) {
        err.print("\r" + render(done, total));
        if (done >= total) {
            err.println();
        }
        err.flush();
    }

    static String render(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        long percent = total == 0 ? 100 : 100L * done / total;
        return "indexing [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + done + "/"
                + total;
    }
}
