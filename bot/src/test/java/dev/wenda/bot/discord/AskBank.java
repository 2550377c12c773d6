package dev.wenda.bot.discord;

import dev.wenda.bot.ask.FixtureDecisions;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.util.List;
import java.util.Optional;

/** A small bank behind a lexical-only search service, for end-to-end tests of the real ask flow. */
final class AskBank {
    static final String DROPOUT_ANSWER = """
            ## Idea
            Dropout **randomly zeroes** activations with probability *p* during training.

            - prevents co-adaptation
            - acts like an ensemble of thinned networks

            At inference nothing is dropped; inverted dropout scales by `1/(1-p)` while training:

                y = x * mask / (1 - p)

            See [the paper](https://jmlr.org/papers/v15/srivastava14a.html).
            """;

    /** Longer than one embed: 30 paragraphs of about 190 characters. */
    static final String LONG_ANSWER = java.util.stream.IntStream.rangeClosed(1, 30)
            .mapToObj(i ->
                    "Paragraph " + i + ": " + "gradients shrink ".repeat(11).strip() + ".")
            .collect(java.util.stream.Collectors.joining("\n\n"));

    private AskBank() {}

    static List<QaEntry> entries() {
        return List.of(
                new QaEntry(
                        "e1",
                        "What does dropout do during training?",
                        DROPOUT_ANSWER,
                        List.of(new SourceRef("dl", 17, 17)),
                        List.of("regularization"),
                        List.of("https://example.org/dropout.png"),
                        List.of("e2")),
                entry(
                        2,
                        "Why does batch normalization reduce the need for dropout?",
                        "BatchNorm adds noise through batch statistics, which **regularizes** a little.",
                        "regularization"),
                entry(
                        3,
                        "What is DropConnect and how does it differ from dropout?",
                        "DropConnect zeroes **weights** instead of activations.",
                        "regularization"),
                entry(
                        4,
                        "How do you compute the receptive field of stacked convolutions?",
                        "Add `(k - 1) * jump` per layer.",
                        "cnn"),
                entry(5, "什么是感受野？", "输出上一个像素对应的输入区域。", "cnn"),
                entry(6, "Explain the vanishing gradient problem in depth", LONG_ANSWER, "optimization"));
    }

    private static QaEntry entry(int n, String question, String answer, String tag) {
        return new QaEntry(
                "e" + n, question, answer, List.of(new SourceRef("dl", n, n)), List.of(tag), List.of(), List.of());
    }

    static SearchService open() {
        return SearchService.open(
                new ContentBank(entries(), List.of(), "discord-e2e"),
                SearchConfig.defaults().withDense(false),
                Optional.empty(),
                IndexProgress.NONE,
                FixtureDecisions.coverageOnly());
    }
}
