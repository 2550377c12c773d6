package dev.wenda.bot.app;

import dev.wenda.search.IndexProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Index progress as log lines: one per tenth of the bank, so a long build shows it is alive. */
public final class LoggingIndexProgress implements IndexProgress {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingIndexProgress.class);

    private int lastTenth = -1;

    @Override
    public synchronized void indexed(int done, int total) {
        int tenth = total == 0 ? 10 : (int) (10L * done / total);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            LOG.info("indexed {} of {} entries ({}%)", done, total, total == 0 ? 100 : 100L * done / total);
        }
    }
}
