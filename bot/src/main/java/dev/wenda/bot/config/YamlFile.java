package dev.wenda.bot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML configuration file into flat dotted keys with the line each value is on, so an
 * error can say "line 4". Nested mappings only: Wenda's configuration has no lists.
 */
final class YamlFile {
    /** A scalar from the file; {@code text} is empty for an explicit null ({@code key:}). */
    record Entry(String text, int line) {}

    private YamlFile() {}

    /** The largest configuration file read; Wenda's whole configuration is a few hundred bytes. */
    static final long MAX_BYTES = 256 * 1024;

    static Map<String, Entry> read(Path file) {
        String name = file.getFileName().toString();
        String text = BoundedFile.read(file, MAX_BYTES, "file " + file, "");
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            return flatten(parser, name);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            // only the parser's problem: its full message quotes the offending line, which can hold
            // a token pasted into the wrong place
            throw ConfigException.general(name + " is not valid YAML (line " + line + "): " + problem(e));
        } catch (IOException e) {
            throw ConfigException.general("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String problem(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                return marked.getProblem();
            }
        }
        return "syntax error";
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
        Map<String, Integer> sections = new HashMap<>();
        String field = null;
        int fieldLine = 0;
        boolean ended = false;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            int line = parser.currentTokenLocation().getLineNr();
            if (ended) {
                throw ConfigException.general(fileName + " holds more than one YAML document (the second starts"
                        + " at line " + line + "); put every section in one document, without '---'");
            }
            switch (token) {
                case FIELD_NAME -> {
                    field = parser.currentName();
                    fieldLine = line;
                }
                case START_OBJECT -> {
                    path.addLast(field);
                    String section = String.join(".", path);
                    Integer previous = sections.putIfAbsent(section, fieldLine);
                    if (previous != null) {
                        throw ConfigException.general("duplicate section '" + section + "' in " + fileName + " (lines "
                                + previous + " and " + fieldLine + "); merge them into one");
                    }
                }
                case END_OBJECT -> {
                    if (path.isEmpty()) {
                        ended = true;
                    } else {
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
