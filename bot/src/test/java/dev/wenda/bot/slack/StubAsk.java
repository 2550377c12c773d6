package dev.wenda.bot.slack;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import java.util.List;

/** A stand-in for the ask handler: one rich answer that echoes the question, and a failure on "boom". */
final class StubAsk implements ChatService {
    static final String ANSWER = """
            **Batch Normalization** normalises each mini-batch:

            1. subtract the batch _mean_
            2. divide by the standard deviation, then apply `γ` and `β`

            ```python
            y = gamma * (x - mean) / sqrt(var + eps) + beta
            ```

            See [the paper](https://arxiv.org/abs/1502.03167) & the notes. You asked:""";

    /** {@link #ANSWER} as Slack mrkdwn. */
    static final String ANSWER_MRKDWN = "*Batch Normalization* normalises each mini-batch:\n\n"
            + "1. subtract the batch _mean_\n2. divide by the standard deviation, then apply `γ` and `β`\n\n"
            + "```\ny = gamma * (x - mean) / sqrt(var + eps) + beta\n```\n\n"
            + "See <https://arxiv.org/abs/1502.03167|the paper> &amp; the notes. You asked: ";

    @Override
    public Reply handle(ChatRequest request) {
        return switch (request) {
            case ChatRequest.Ask ask when ask.question().equals("boom") -> throw new IllegalStateException("boom");
            case ChatRequest.Ask ask ->
                Reply.text(ANSWER + " " + UserText.quote(ask.question()))
                        .withTitle("什么是 Batch Normalization？")
                        .withFooter("Source: `000_0499e02e3bd88c97#17`")
                        .withImages(List.of("https://example.test/bn.png"))
                        .withActions(List.of(
                                Reply.Action.of("ask:entry:000_0499e02e3bd88c97#18", "BN 和 LN 有什么区别？"),
                                new Reply.Action(
                                        "feedback:up:000_0499e02e3bd88c97#17", "👍", Reply.Style.SUCCESS, false),
                                new Reply.Action(
                                        "feedback:down:000_0499e02e3bd88c97#17", "👎", Reply.Style.DANGER, false)));
            case ChatRequest.Click click
            when click.actionId().startsWith("feedback:") -> Reply.privateText("Thanks for the feedback!");
            default -> Reply.privateText("unexpected " + request.getClass().getSimpleName());
        };
    }
}
