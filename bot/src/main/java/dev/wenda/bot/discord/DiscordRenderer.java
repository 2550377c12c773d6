package dev.wenda.bot.discord;

import dev.wenda.bot.chat.Paging;
import dev.wenda.bot.chat.Reply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders a neutral {@link Reply} as a Discord message: a plain content line for short text, else
 * one embed (title, description converted from Markdown, fields, image, footer) plus buttons.
 * A pure function: the same reply always gives the same payload, so tests compare it with golden
 * JSON. Nothing rendered may ping anyone: allowed mentions are empty on every message.
 */
final class DiscordRenderer {
    /** Custom-id prefix of the adapter's own "full answer" button. */
    static final String MORE_PREFIX = "wenda:more:";
    /** Custom id of the adapter's own button that opens the typed-answer modal. */
    static final String TYPED_ANSWER_ID = "wenda:answer";

    static final int COLOR = 0x5865F2;
    private static final int ROW_WIDTH = 5;
    private static final int MAX_BUTTONS = ROW_WIDTH * Message.MAX_COMPONENT_COUNT;

    private final DiscordMarkdown markdown = new DiscordMarkdown();

    /** A rendered message and, when the body was too long, the pages behind its "full answer" button. */
    record Rendered(MessageCreateData message, Optional<String> moreId, List<String> morePages) {
        Rendered {
            morePages = List.copyOf(morePages);
        }

        MessageEditData asEdit() {
            return MessageEditBuilder.fromCreateData(message).build();
        }
    }

    Rendered render(Reply reply) {
        DiscordMarkdown.Converted body = markdown.convert(reply.body());
        List<String> images = new ArrayList<>(reply.imageUrls());
        images.addAll(body.imageUrls());
        MessageCreateBuilder message =
                new MessageCreateBuilder().setAllowedMentions(List.of()).mentionRepliedUser(false);
        if (isPlain(reply, body, images)) {
            message.setContent(body.text().isEmpty() ? null : body.text());
            message.setComponents(rows(reply, Optional.empty()));
            return new Rendered(message.build(), Optional.empty(), List.of());
        }
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOR);
        embed.setTitle(reply.title().isBlank() ? null : cut(reply.title(), MessageEmbed.TITLE_MAX_LENGTH));
        for (Reply.Field field :
                reply.fields().stream().limit(MessageEmbed.MAX_FIELD_AMOUNT).toList()) {
            embed.addField(
                    cut(field.name(), MessageEmbed.TITLE_MAX_LENGTH),
                    cut(field.value(), MessageEmbed.VALUE_MAX_LENGTH),
                    field.inline());
        }
        if (!reply.footer().isEmpty()) {
            embed.setFooter(cut(reply.footer(), MessageEmbed.TEXT_MAX_LENGTH));
        }
        String countdown = reply.deadline()
                .map(at -> "⏳ <t:" + at.getEpochSecond() + ":R>")
                .orElse("");
        int room = Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, MessageEmbed.EMBED_MAX_LENGTH_BOT - embed.length())
                - countdown.length()
                - 2;
        List<String> pages = Paging.pack(body.blocks(), Math.max(room, 1), Paging.ANYWHERE);
        String description = pages.isEmpty() ? "" : pages.get(0);
        embed.setDescription(countdown.isEmpty() ? description : join(description, countdown));
        reply.attachment().ifPresent(file -> message.setFiles(FileUpload.fromData(file.bytes(), file.fileName())));
        Optional<String> image = images.stream().findFirst().or(() -> reply.attachment()
                .filter(file -> isImage(file.fileName()))
                .map(file -> "attachment://" + file.fileName()));
        image.ifPresent(embed::setImage);
        Optional<String> moreId = pages.size() > 1 ? Optional.of(MORE_PREFIX + key(reply)) : Optional.empty();
        message.setEmbeds(embed.build());
        message.setComponents(rows(reply, moreId));
        return new Rendered(message.build(), moreId, pages.size() > 1 ? pages.subList(1, pages.size()) : List.of());
    }

    /** Continuation pages of a long answer, as plain embeds without buttons. */
    MessageCreateData page(String text) {
        return new MessageCreateBuilder()
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false)
                .setEmbeds(
                        new EmbedBuilder().setColor(COLOR).setDescription(text).build())
                .build();
    }

    private static boolean isPlain(Reply reply, DiscordMarkdown.Converted body, List<String> images) {
        return reply.title().isEmpty()
                && reply.fields().isEmpty()
                && images.isEmpty()
                && reply.attachment().isEmpty()
                && reply.footer().isEmpty()
                && reply.deadline().isEmpty()
                && body.text().length() <= Message.MAX_CONTENT_LENGTH;
    }

    private static List<ActionRow> rows(Reply reply, Optional<String> moreId) {
        List<Button> buttons = new ArrayList<>();
        for (Reply.Action action : reply.actions()) {
            buttons.add(Button.of(style(action.style()), action.id(), cut(action.label(), Button.LABEL_MAX_LENGTH))
                    .withDisabled(action.disabled()));
        }
        if (reply.typedAnswer()) {
            // A question answered with a number: the button opens a form to type it in.
            buttons.add(Button.primary(TYPED_ANSWER_ID, "✏️ Answer · 作答"));
        }
        moreId.ifPresent(id -> buttons.add(Button.secondary(id, "📖 Full answer · 完整答案")));
        List<ActionRow> rows = new ArrayList<>();
        List<Button> kept = buttons.subList(0, Math.min(buttons.size(), MAX_BUTTONS));
        for (int i = 0; i < kept.size(); i += ROW_WIDTH) {
            rows.add(ActionRow.of(kept.subList(i, Math.min(i + ROW_WIDTH, kept.size()))));
        }
        return rows;
    }

    private static ButtonStyle style(Reply.Style style) {
        return switch (style) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case SECONDARY -> ButtonStyle.SECONDARY;
            case SUCCESS -> ButtonStyle.SUCCESS;
            case DANGER -> ButtonStyle.DANGER;
        };
    }

    private static boolean isImage(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".gif");
    }

    private static String join(String description, String countdown) {
        return description.isEmpty() ? countdown : description + "\n\n" + countdown;
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Paging.safe(text, max - 1)) + "…";
    }

    /** A stable key for a reply's full text, so the same answer always gets the same button id. */
    private static String key(Reply reply) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((reply.title() + "\n" + reply.markdown()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
