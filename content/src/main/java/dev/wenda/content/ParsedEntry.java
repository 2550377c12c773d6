package dev.wenda.content;

import java.util.List;

/** One question read from one file, before duplicates merge and tags and links are added. */
record ParsedEntry(SourceRef ref, String question, String answer, List<String> images, String keyPoint) {
    ParsedEntry {
        keyPoint = keyPoint == null ? "" : keyPoint;
        images = List.copyOf(images);
    }
}
