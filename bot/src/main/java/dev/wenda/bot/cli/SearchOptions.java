package dev.wenda.bot.cli;

import dev.wenda.search.SearchMode;
import picocli.CommandLine.Option;

/** The search options {@code ask} and {@code eval} share (a picocli mixin). */
final class SearchOptions {
    @Option(names = "--in-memory", description = "Build the index in memory instead of reusing ./data/index.")
    boolean inMemory;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            description = "hybrid (default), lexical (no model), dense, baseline or hybrid_rrf.")
    SearchMode mode = SearchMode.HYBRID;
}
