package dev.wenda.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everyday chat and questions about the bot ({@code chat.txt}), embedded once: how close a message
 * is to the nearest of them is the chat recognizer's signal. Without the model there are no
 * vectors and the signal is 0.
 */
final class ChatExemplars {
    static final String RESOURCE = "chat.txt";
    static final ChatExemplars NONE = new ChatExemplars(List.of());

    private final List<float[]> vectors;

    private ChatExemplars(List<float[]> vectors) {
        this.vectors = List.copyOf(vectors);
    }

    static ChatExemplars embed(Embedder embedder) {
        return new ChatExemplars(embedder.embedDocuments(lines()));
    }

    /** The bundled exemplar lines; fails loudly when the resource is missing. */
    static List<String> lines() {
        try (InputStream in = ChatExemplars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cosine similarity of {@code query} (a unit vector) to the nearest exemplar; 0 without vectors. */
    double nearest(float[] query) {
        double best = 0;
        for (float[] v : vectors) {
            double dot = 0;
            for (int i = 0; i < v.length; i++) {
                dot += v[i] * query[i];
            }
            best = Math.max(best, dot);
        }
        return best;
    }
}
