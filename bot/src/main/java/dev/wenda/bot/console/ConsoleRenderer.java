package dev.wenda.bot.console;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextWidth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Renders a neutral reply as terminal text: title, body (Markdown rendered, {@link
 * TerminalMarkdown}), aligned fields, lettered buttons.
 */
final class ConsoleRenderer {
    private final Messages messages;
    private final TerminalMarkdown markdown;

    ConsoleRenderer(Messages messages, boolean ansi) {
        this.messages = messages;
        this.markdown = new TerminalMarkdown(ansi);
    }

    String render(Reply reply, Instant now) {
        StringBuilder out = new StringBuilder();
        if (!reply.title().isEmpty()) {
            out.append("== ").append(TerminalText.strip(reply.title())).append(" ==\n");
        }
        if (!reply.markdown().isBlank()) {
            out.append(markdown.render(reply.body())).append('\n');
        }
        int width = reply.fields().stream()
                .mapToInt(f -> TextWidth.of(TerminalText.strip(f.name())))
                .max()
                .orElse(0);
        for (Reply.Field field : reply.fields()) {
            out.append("  ")
                    .append(TextWidth.pad(TerminalText.strip(field.name()), width))
                    .append("  ")
                    .append(TerminalText.strip(field.value()))
                    .append('\n');
        }
        for (String url : reply.imageUrls()) {
            out.append("  [image] ").append(TerminalText.strip(url)).append('\n');
        }
        reply.attachment().ifPresent(a -> out.append("  [attachment] ")
                .append(TerminalText.strip(a.fileName()))
                .append(" (")
                .append(a.bytes().length)
                .append(" bytes)\n"));
        List<Reply.Action> actions = reply.actions();
        for (int i = 0; i < actions.size(); i++) {
            Reply.Action action = actions.get(i);
            out.append("  [").append(label(i)).append("] ").append(TerminalText.strip(action.label()));
            if (action.disabled()) {
                out.append(' ').append(messages.text("console.closed"));
            }
            out.append('\n');
        }
        reply.deadline().ifPresent(deadline -> {
            long seconds = Math.max(0, Duration.between(now, deadline).toSeconds());
            out.append("  ⏱ ").append(seconds).append(" s\n");
        });
        if (!reply.footer().isEmpty()) {
            out.append("  — ").append(TerminalText.strip(reply.footer())).append('\n');
        }
        return out.toString();
    }

    /** Button labels: A, B, C … then numbers past Z. */
    static String label(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : String.valueOf(index + 1);
    }
}
