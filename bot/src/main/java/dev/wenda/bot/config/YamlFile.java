package dev.wenda.bot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a YAML configuration file into flat dotted keys with the line each value is on, so an
 * error can say "line 4". Nested mappings only: Wenda's configuration has no lists.
 */
final class YamlFile {
    /** A scalar from the file; {@code text} is empty for an explicit null ({@code key:}). */
    record Entry(String text, int line) {}

    private YamlFile() {}

    static Map<String, Entry> read(Path file) {
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = new YAMLFactory().createParser(reader)) {
            return flatten(parser, name);
        } catch (NoSuchFileException e) {
            throw ConfigException.general("file " + file + " not found");
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw ConfigException.general(name + " is not valid YAML (line " + line + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ConfigException.general("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, Entry> flatten(JsonParser parser, String fileName) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonToken first = parser.nextToken();
        if (first == null) {
            return entries; // an empty file: every default
        }
        if (first != JsonToken.START_OBJECT) {
            throw ConfigException.general(fileName + " must be a mapping of sections (line "
                    + parser.currentTokenLocation().getLineNr() + ")");
        }
        Deque<String> path = new ArrayDeque<>();
        String field = null;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            int line = parser.currentTokenLocation().getLineNr();
            switch (token) {
                case FIELD_NAME -> field = parser.currentName();
                case START_OBJECT -> path.addLast(field);
                case END_OBJECT -> {
                    if (!path.isEmpty()) {
                        path.removeLast();
                    }
                }
                case START_ARRAY ->
                    throw ConfigException.general("'" + join(path, field) + "' in " + fileName + " (line " + line
                            + ") must be a single value, not a list");
                default -> {
                    String key = join(path, field);
                    String text = token == JsonToken.VALUE_NULL ? "" : parser.getText();
                    Entry previous = entries.put(key, new Entry(text, line));
                    if (previous != null) {
                        throw ConfigException.general("duplicate key '" + key + "' in " + fileName + " (lines "
                                + previous.line() + " and " + line + ")");
                    }
                }
            }
        }
        return entries;
    }

    private static String join(Deque<String> path, String field) {
        return path.isEmpty() ? field : String.join(".", path) + "." + field;
    }
}
