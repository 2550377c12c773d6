package dev.wenda.bot.discord;

import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.Reply.Action;
import dev.wenda.bot.chat.Reply.Style;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Replies shaped like the ones the ask, quiz and calc services give, for rendering tests. */
final class SampleReplies {
    static final String DROPOUT_ID = "000_0499e02e3bd88c97#17";
    static final Instant DEADLINE = Instant.parse("2026-01-01T00:00:30Z");

    private SampleReplies() {}

    static Reply answer() {
        return Reply.text("""
                        ## Idea
                        Dropout **randomly zeroes** activations with probability *p* during training.

                        - prevents co-adaptation
                        - acts like an ensemble of thinned networks

                        At inference nothing is dropped; inverted dropout scales by `1/(1-p)` while training:

                            y = x * mask / (1 - p)

                        ![dropout](https://example.org/dropout.png)

                        See [the paper](https://jmlr.org/papers/v15/srivastava14a.html).
                        """)
                .withTitle("What does dropout do during training?")
                .withFooter("Source: " + DROPOUT_ID)
                .withActions(List.of(
                        Action.of("ask:000_0499e02e3bd88c97#18", "Why does BatchNorm reduce the need for dropout?"),
                        Action.of("ask:000_0499e02e3bd88c97#21", "What is DropConnect?"),
                        new Action("feedback:up:" + DROPOUT_ID, "👍", Style.SECONDARY, false),
                        new Action("feedback:down:" + DROPOUT_ID, "👎", Style.SECONDARY, false)));
    }

    static Reply related() {
        return Reply.text("BatchNorm adds noise through batch statistics, which **regularizes** a little.")
                .withTitle("Why does BatchNorm reduce the need for dropout?")
                .withFooter("Source: 000_0499e02e3bd88c97#18");
    }

    static Reply didYouMean() {
        return Reply.text("No entry matches **dropuot**. Did you mean:")
                .withTitle("Did you mean…")
                .withActions(List.of(
                        new Action("ask:" + DROPOUT_ID, "What does dropout do during training?", Style.PRIMARY, false),
                        new Action("ask:000_0499e02e3bd88c97#21", "What is DropConnect?", Style.PRIMARY, false)));
    }

    static Reply abstention() {
        return Reply.text(
                "I don't have a good answer for that. I cover: *CNN*, *RNN*, *optimization*, *regularization*.");
    }

    static Reply quizQuestion(boolean revealed) {
        List<Action> choices = List.of("A", "B", "C", "D").stream()
                .map(letter -> new Action(
                        "quiz:r1:q1:" + letter,
                        letter,
                        revealed && letter.equals("B") ? Style.SUCCESS : Style.PRIMARY,
                        revealed))
                .toList();
        String body = "Which activation keeps gradients alive for positive inputs?\n\n"
                + "**A.** sigmoid\n**B.** ReLU\n**C.** tanh\n**D.** softsign";
        Reply question = Reply.text(revealed ? body + "\n\n✅ **B. ReLU** — right: Carol" : body)
                .withTitle("Quiz 1/3")
                .withActions(choices);
        return revealed ? question : question.withDeadline(DEADLINE);
    }

    static Reply numericQuestion() {
        return Reply.text("What is the receptive field of three stacked 3x3 stride-1 convolutions?")
                .withTitle("Quiz 2/3")
                .withDeadline(DEADLINE)
                .takingTypedAnswers();
    }

    static Reply flashcardQuestion() {
        return Reply.text(
                        "**什么是感受野**\n\nAnswer it in your head; the answer shows in 30 s, then mark whether you knew it.")
                .withTitle("Quiz 3/3 · flashcard")
                .withDeadline(DEADLINE);
    }

    static Reply calc() {
        return Reply.text("Three 3x3 convolutions with stride 1 see a **7x7** window.")
                .withTitle("Receptive field")
                .withFields(List.of(
                        new Reply.Field("Layers", "3x3s1 · 3x3s1 · 3x3s1", false),
                        new Reply.Field("RF", "7", true),
                        new Reply.Field("Jump", "1", true)))
                .withAttachment(
                        new Reply.Attachment("rf.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
    }

    static Reply longAnswer() {
        String body = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "Paragraph " + i + ": " + "gradient ".repeat(20).strip() + ".")
                .collect(Collectors.joining("\n\n"));
        return Reply.text(body).withTitle("A very long answer").withFooter("Source: long#1");
    }

    static Reply recorded() {
        return Reply.privateText("Recorded: **B**");
    }
}
