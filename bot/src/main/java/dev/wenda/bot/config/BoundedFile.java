package dev.wenda.bot.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a configuration or secret file only when it is a regular file (a symlink to one is fine)
 * no larger than a limit, checked before reading: a FIFO would hang the read, {@code /dev/zero}
 * would fill the heap, and a huge YAML file would keep the parser busy for minutes.
 */
final class BoundedFile {
    private BoundedFile() {}

    /**
     * @param what how the problem names the file, e.g. {@code "file /etc/wenda.yaml"}
     * @param where appended to each problem, e.g. {@code " (WENDA_DB_PASSWORD_FILE)"}, or empty
     * @throws ConfigException when the file is missing, not a regular file, too large or unreadable
     */
    static String read(Path file, long maxBytes, String what, String where) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw ConfigException.general(what + " does not exist" + where);
        } catch (IOException e) {
            throw ConfigException.general(what + " cannot be read: " + e.getMessage() + where);
        }
        if (!attributes.isRegularFile()) {
            throw ConfigException.general(what + " is not a regular file" + where);
        }
        if (attributes.size() > maxBytes) {
            throw ConfigException.general(
                    what + " is " + attributes.size() + " bytes, more than the " + maxBytes + " allowed" + where);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw ConfigException.general(
                        what + " grew past the " + maxBytes + " bytes allowed while read" + where);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ConfigException.general(what + " cannot be read: " + e.getMessage() + where);
        }
    }
}
