package dev.wenda.bot.admin;

import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.content.DeckEntry;
import dev.wenda.content.DeckWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Writes a community's own entries as Markdown decks in the plain format, one file per deck. */
public final class DeckExport {
    private final CommunityEntries store;

    public DeckExport(CommunityEntries store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** One written file and how many entries it holds. */
    public record Written(Path file, int entries) {}

    /** Writes {@code DIR/<deck>.md} for each deck (only {@code deck} when given); returns what it wrote. */
    public List<Written> run(String community, Optional<String> deck, Path dir) throws IOException {
        Map<String, List<DeckEntry>> byDeck = new LinkedHashMap<>();
        for (CommunityEntries.Row row : store.entries(community, deck)) {
            byDeck.computeIfAbsent(row.deck(), d -> new java.util.ArrayList<>())
                    .add(new DeckEntry(row.question(), row.answer(), row.tags(), List.of(), Math.max(1, row.line())));
        }
        Files.createDirectories(dir);
        List<Written> out = new java.util.ArrayList<>();
        for (var e : byDeck.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".md");
            Files.writeString(file, DeckWriter.markdown(e.getKey(), e.getValue()), StandardCharsets.UTF_8);
            out.add(new Written(file, e.getValue().size()));
        }
        return out;
    }
}
