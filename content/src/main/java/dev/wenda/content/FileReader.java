package dev.wenda.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file's bytes; tests substitute failures the file system cannot easily produce. */
@FunctionalInterface
interface FileReader {
    FileReader FILES = Files::readAllBytes;

    byte[] read(Path file) throws IOException;
}
