package dev.wenda.bot.console;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.FileSource;
import dev.wenda.bot.chat.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code import PATH [deck NAME]} on the console: the file on this machine as a deck shared in
 * chat, so it gets the same dry run and Confirm / Cancel buttons as a Discord attachment. The
 * declared size is the file's size; the read is capped again.
 */
final class ConsoleImport {
    private static final Pattern COMMAND = Pattern.compile("(?i)/?import\\s+(.+?)(?:\\s+deck\\s+(\\S+))?");

    private ConsoleImport() {}

    /** The request {@code line} makes, when it is an import command. */
    static Optional<ChatRequest> parse(Origin origin, String line) {
        Matcher m = COMMAND.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(m.group(1));
        } catch (InvalidPathException e) {
            path = Path.of("");
        }
        Path file = path;
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0; // the read below fails and the reply says the file cannot be read
        }
        String name =
                file.getFileName() == null ? m.group(1) : file.getFileName().toString();
        return Optional.of(new ChatRequest.ImportDeck(
                origin,
                name,
                size,
                maxBytes -> FileSource.readCapped(Files.newInputStream(file), maxBytes),
                Optional.ofNullable(m.group(2)),
                ""));
    }
}
