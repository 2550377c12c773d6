package dev.wenda.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bundled bank, read through the class loader so it works from the shaded jar. A jar folder
 * cannot be listed portably, so {@code bank/bank.index} names the files (a test keeps it in step
 * with the folder; it is not a {@code .txt}, so a copy of the folder loads cleanly with {@code
 * --content}). A missing bundled resource is a build bug and fails loudly.
 */
final class BundledFiles {
    static final String FOLDER = "bank/";
    static final String INDEX = FOLDER + "bank.index";

    private BundledFiles() {}

    static List<RawFile> read() {
        List<RawFile> files = new ArrayList<>();
        for (String line : new String(resource(INDEX), StandardCharsets.UTF_8).split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.add(new RawFile(name, resource(FOLDER + name)));
            }
        }
        return files;
    }

    /** Bundled images live under {@code bank/}; absolute or escaping paths count as missing. */
    static ImageResolver images() {
        return (fileName, path) -> {
            boolean inside = !path.startsWith("/") && !path.contains("..") && !path.contains(":");
            return inside && loader().getResource(FOLDER + path) != null
                    ? Optional.of("classpath:" + FOLDER + path)
                    : Optional.empty();
        };
    }

    private static byte[] resource(String name) {
        try (InputStream in = loader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }

    private static ClassLoader loader() {
        return BundledFiles.class.getClassLoader();
    }
}
