package dev.wenda.bot.app;

import dev.wenda.content.ContentBank;
import dev.wenda.content.LoadProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bank the bot serves: the user's content folder when given, else the bundled bank, loaded on
 * first use and replaced by a checked reload ({@link #swap}).
 */
final class ServedBank {
    private static final Logger LOG = LoggerFactory.getLogger(ServedBank.class);

    private final Optional<Path> dir;
    private final Lazy<ContentBank> loaded;
    private volatile ContentBank swapped;

    ServedBank(Optional<Path> dir) {
        this.dir = dir;
        this.loaded = new Lazy<>(() -> warn(dir.map(ContentBank::load).orElseGet(ContentBank::bundled)));
    }

    /** The user's content folder, if the bot serves one. */
    Optional<Path> dir() {
        return dir;
    }

    ContentBank get() {
        ContentBank fresh = swapped;
        return fresh != null ? fresh : loaded.get();
    }

    void swap(ContentBank fresh) {
        swapped = fresh;
    }

    /**
     * A bank with errors is still served (what loaded is better than nothing), but not silently:
     * an error such as an unclosed code fence may have swallowed the next entry.
     */
    private static ContentBank warn(ContentBank bank) {
        List<LoadProblem> errors = bank.problems().stream()
                .filter(p -> p.severity() == LoadProblem.Severity.ERROR)
                .toList();
        if (!errors.isEmpty()) {
            LOG.warn(
                    "the content has {} error(s) ('wenda content check' lists them); serving {} entries anyway. First: {}",
                    errors.size(),
                    bank.entries().size(),
                    errors.getFirst());
        }
        return bank;
    }
}
