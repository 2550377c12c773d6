package dev.wenda.bot.app;

import dev.wenda.content.ContentBank;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The composition root: builds every service in plain Java, lazily, so a command only pays for
 * what it uses ({@code wenda calc} never loads the index). One instance per process.
 */
public final class Wiring {
    private final Optional<Path> contentDir;
    private ContentBank bank;

    public Wiring(Optional<Path> contentDir) {
        this.contentDir = contentDir;
    }

    /** The content bank: the user's folder when given, else the bundled one. */
    public synchronized ContentBank bank() {
        if (bank == null) {
            bank = contentDir.map(ContentBank::load).orElseGet(ContentBank::bundled);
        }
        return bank;
    }
}
