package dev.wenda.bot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.ImageBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.wenda.bot.chat.Paging;
import dev.wenda.bot.chat.Reply;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Reply} as Block Kit: a pure function, checked against golden JSON files.
 *
 * <p>Order: header (title), body sections (the Markdown as mrkdwn, split at paragraph boundaries to
 * stay under 3,000 characters each), fields, images, the deadline, the footer (source refs), then
 * buttons. Slack buttons cannot be disabled, so disabled actions are listed in a context line
 * instead (✅ for the success style, ❌ for danger). The whole message stays within 50 blocks.
 *
 * <p>Every mrkdwn text is escaped ({@code & < >}) by {@link MarkdownToMrkdwn} and marked {@code
 * verbatim}; plain-text fields (header, button labels) are never parsed for mentions by Slack.
 */
public final class BlockKitRenderer {
    static final int SECTION_LIMIT = 3000;
    static final int MAX_BLOCKS = 50;
    static final int HEADER_LIMIT = 150;
    static final int BUTTON_LABEL_LIMIT = 75;
    static final int BUTTONS_PER_BLOCK = 25;
    static final int FIELDS_PER_SECTION = 10;
    static final int FIELD_LIMIT = 2000;
    static final int FALLBACK_LIMIT = 300;
    private static final DateTimeFormatter FALLBACK_TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final MarkdownToMrkdwn mrkdwn = new MarkdownToMrkdwn();

    /** The blocks for one message (at most 50). */
    public List<LayoutBlock> render(Reply reply) {
        List<LayoutBlock> head = new ArrayList<>();
        if (!reply.title().isBlank()) {
            head.add(HeaderBlock.builder()
                    .text(plain(cut(reply.title(), HEADER_LIMIT)))
                    .build());
        }
        List<LayoutBlock> tail = new ArrayList<>();
        fields(reply.fields(), tail);
        for (String url : reply.imageUrls()) {
            tail.add(ImageBlock.builder().imageUrl(url).altText("image").build());
        }
        // Public replies get the file uploaded after them; private ones in the user's direct messages.
        reply.attachment()
                .ifPresent(file -> tail.add(context(
                        reply.ephemeral()
                                ? "📎 _" + SlackEscape.escape(file.fileName()) + " follows in a direct message._"
                                : "📎 _" + SlackEscape.escape(file.fileName()) + " follows as a file._")));
        reply.deadline().ifPresent(deadline -> tail.add(context("⏱ Closes " + slackDate(deadline))));
        if (!reply.footer().isBlank()) {
            tail.add(context(mrkdwn.convert(reply.footer())));
        }
        actions(reply.actions(), tail);

        List<String> chunks = Paging.pack(mrkdwn.blocks(reply.body()), SECTION_LIMIT, MrkdwnCut::at);
        int room = Math.max(0, MAX_BLOCKS - head.size() - tail.size());
        List<LayoutBlock> blocks = new ArrayList<>(head);
        if (chunks.size() <= room) {
            chunks.forEach(chunk -> blocks.add(section(chunk)));
        } else {
            chunks.subList(0, Math.max(0, room - 1)).forEach(chunk -> blocks.add(section(chunk)));
            blocks.add(context("_The answer is too long for one Slack message; the rest is cut._"));
        }
        blocks.addAll(tail);
        return blocks.size() > MAX_BLOCKS ? List.copyOf(blocks.subList(0, MAX_BLOCKS)) : blocks;
    }

    /** The notification text sent with the blocks: the title, else the start of the body. */
    public String fallbackText(Reply reply) {
        if (!reply.title().isBlank()) {
            return SlackEscape.escape(cut(reply.title(), FALLBACK_LIMIT));
        }
        return cut(mrkdwn.convert(reply.body()), FALLBACK_LIMIT);
    }

    /** Slack's date formatting: each client shows the time in its own zone, the fallback in UTC. */
    static String slackDate(Instant when) {
        return "<!date^" + when.getEpochSecond() + "^{time_secs}|" + FALLBACK_TIME.format(when) + ">";
    }

    private void fields(List<Reply.Field> fields, List<LayoutBlock> out) {
        for (int from = 0; from < fields.size(); from += FIELDS_PER_SECTION) {
            List<TextObject> texts = new ArrayList<>();
            for (Reply.Field field : fields.subList(from, Math.min(fields.size(), from + FIELDS_PER_SECTION))) {
                String name = mrkdwn.convert(field.name());
                String value = mrkdwn.convert(field.value());
                texts.add(markdown(cut("*" + name + "*\n" + value, FIELD_LIMIT)));
            }
            out.add(SectionBlock.builder().fields(texts).build());
        }
    }

    private static void actions(List<Reply.Action> actions, List<LayoutBlock> out) {
        List<BlockElement> buttons = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        for (Reply.Action action : actions) {
            if (action.disabled()) {
                disabled.add(disabledLabel(action));
            } else {
                buttons.add(ButtonElement.builder()
                        .actionId(action.id())
                        .value(action.id())
                        .text(plain(cut(action.label(), BUTTON_LABEL_LIMIT)))
                        .style(style(action.style()))
                        .build());
            }
        }
        if (!disabled.isEmpty()) {
            out.add(context(String.join("  ·  ", disabled)));
        }
        for (int from = 0; from < buttons.size(); from += BUTTONS_PER_BLOCK) {
            out.add(ActionsBlock.builder()
                    .elements(List.copyOf(buttons.subList(from, Math.min(buttons.size(), from + BUTTONS_PER_BLOCK))))
                    .build());
        }
    }

    private static String disabledLabel(Reply.Action action) {
        String label = SlackEscape.escape(cut(action.label(), BUTTON_LABEL_LIMIT));
        return switch (action.style()) {
            case SUCCESS -> "✅ *" + label + "*";
            case DANGER -> "❌ " + label;
            case PRIMARY, SECONDARY -> label;
        };
    }

    private static String style(Reply.Style style) {
        return switch (style) {
            case PRIMARY, SUCCESS -> "primary";
            case DANGER -> "danger";
            case SECONDARY -> null;
        };
    }

    private static SectionBlock section(String mrkdwnText) {
        return SectionBlock.builder().text(markdown(mrkdwnText)).build();
    }

    private static ContextBlock context(String mrkdwnText) {
        List<ContextBlockElement> elements = List.of(markdown(cut(mrkdwnText, SECTION_LIMIT)));
        return ContextBlock.builder().elements(elements).build();
    }

    /** Verbatim, so Slack does not auto-parse names, channels or URLs in text that is not markup. */
    private static MarkdownTextObject markdown(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }

    /** Cuts at a code point boundary and marks the cut with an ellipsis. */
    static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
