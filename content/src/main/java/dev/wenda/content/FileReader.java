package dev.wenda.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file's bytes; tests substitute failures the file system cannot easily produce. */
@FunctionalInterface
interface FileReader {
    /** Reads at most one byte more than {@link FolderFiles#MAX_BYTES}, so a growing file cannot fill the heap. */
    FileReader FILES = file -> {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) FolderFiles.MAX_BYTES + 1);
        }
    };

    byte[] read(Path file) throws IOException;
}
