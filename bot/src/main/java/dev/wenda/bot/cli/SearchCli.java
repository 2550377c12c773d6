package dev.wenda.bot.cli;

import dev.wenda.bot.app.LoggingIndexProgress;
import dev.wenda.bot.app.Wiring;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchMode;
import dev.wenda.search.SearchService;
import java.io.PrintWriter;
import java.util.Optional;

/** Opens search for a command: the model exactly when the mode needs it, progress on stderr. */
final class SearchCli {
    private SearchCli() {}

    static SearchService open(Wiring wiring, SearchMode mode, boolean inMemory, PrintWriter err) {
        // The command's --mode decides whether the model loads (search.dense is for serve and the
        // console): `wenda ask --mode hybrid` works with search.dense false, lexical never loads it.
        SearchConfig config = wiring.searchConfig().withDense(mode.needsModel());
        if (inMemory) {
            config = config.withDataDir(Optional.empty());
        }
        wiring.useSearchConfig(config);
        return wiring.search(progress(err));
    }

    /** A bar on a terminal, periodic log lines otherwise. */
    static IndexProgress progress(PrintWriter err) {
        return System.console() != null ? new ProgressBar(err) : new LoggingIndexProgress();
    }
}
