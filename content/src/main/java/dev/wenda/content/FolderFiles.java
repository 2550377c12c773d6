package dev.wenda.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content files directly in a user's folder ({@code *.md}, {@code *.markdown}, {@code *.txt},
 * not hidden), in name order. A file that cannot be read or is larger than {@link #MAX_BYTES} is
 * reported and skipped; the others are still read.
 */
final class FolderFiles {
    /**
     * 5 MiB: fifty times the bundled bank. A larger "text" file is almost surely an export or a
     * mistake, and refusing it keeps a bad file from stalling the bot's start.
     */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final long MIB = 1024 * 1024;

    private FolderFiles() {}

    /** What was found: the content file names (readable or not) and the bytes of the readable ones. */
    record Listing(List<String> names, List<RawFile> files, List<LoadProblem> problems) {
        Listing {
            names = List.copyOf(names);
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    static Listing read(Path dir, FileReader reader) {
        String folder = dir.toString();
        if (!Files.exists(dir)) {
            return failed(folder, "folder not found");
        }
        if (!Files.isDirectory(dir)) {
            return failed(folder, "not a folder");
        }
        List<Path> paths;
        try (Stream<Path> stream = Files.list(dir)) {
            paths = stream.filter(FolderFiles::isContentFile)
                    .sorted((a, b) ->
                            a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            return failed(folder, "cannot list folder (" + reason(e) + ")");
        }
        if (paths.isEmpty()) {
            return failed(folder, "no content files (*.md, *.txt) in this folder");
        }
        List<String> names = new ArrayList<>();
        List<RawFile> files = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            String name = path.getFileName().toString();
            names.add(name);
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    // a FIFO would hang the read, a link to /dev/zero would fill the heap
                    problems.add(error(name, "not a regular file; skipped"));
                    continue;
                }
                long size = attributes.size();
                if (size > MAX_BYTES) {
                    problems.add(error(
                            name,
                            String.format(
                                    Locale.ROOT,
                                    "file too large (%.1f MB, the limit is 5 MB); skipped",
                                    size / 1048576.0)));
                    continue;
                }
                byte[] bytes = reader.read(path);
                if (bytes.length > MAX_BYTES) {
                    problems.add(error(name, "file grew past 5 MB while read; skipped"));
                    continue;
                }
                files.add(new RawFile(name, bytes));
            } catch (IOException e) {
                problems.add(error(name, "cannot read file (" + reason(e) + ")"));
            }
        }
        return new Listing(names, files, problems);
    }

    /** Resolves images relative to the folder; paths leaving the folder count as missing. */
    static ImageResolver images(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        return (fileName, path) -> {
            try {
                Path image = root.resolve(path).normalize();
                return image.startsWith(root) && Files.isRegularFile(image)
                        ? Optional.of(image.toUri().toString())
                        : Optional.empty();
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        };
    }

    private static boolean isContentFile(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && !Files.isDirectory(path)
                && (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt"));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file; a broken link?";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Listing failed(String folder, String message) {
        return new Listing(
                List.of(), List.of(), List.of(new LoadProblem(folder, 0, LoadProblem.Severity.ERROR, message)));
    }

    private static LoadProblem error(String name, String message) {
        return new LoadProblem(name, 0, LoadProblem.Severity.ERROR, message);
    }
}
