package dev.wenda.bot.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform-neutral reply. Adapters render it: a JDA embed with buttons, Slack Block Kit, or
 * terminal text. Text is Markdown written by the bot; user text inside it must already be escaped
 * by the handler that put it there. A channel named in the body is a {@link Body.Channel}, never
 * platform syntax in the text.
 *
 * @param title a short heading (an entry's question, "Quiz 3/10"), may be empty
 * @param body the body: CommonMark, with channel references that each adapter shows its own way
 * @param fields small name/value pairs shown as a table or embed fields
 * @param actions buttons, in display order
 * @param imageUrls remote images to show with the reply
 * @param attachment a generated picture (the receptive-field drawing), if any
 * @param footer a small line under the body (the source ref), may be empty
 * @param deadline when a timed question closes; adapters show it as a live countdown
 * @param ephemeral whether only the requesting user should see it (errors, personal stats)
 * @param typedAnswer whether the timed question takes a typed answer (a number), which adapters
 *     without a chat line to type in offer another way to give (Discord: a button opening a form)
 * @param form a form to open in answer to a button press, or the refused form of a submission
 *     with its errors ({@link Form})
 */
public record Reply(
        String title,
        Body body,
        List<Field> fields,
        List<Action> actions,
        List<String> imageUrls,
        Optional<Attachment> attachment,
        String footer,
        Optional<Instant> deadline,
        boolean ephemeral,
        boolean typedAnswer,
        Optional<Form> form) {
    public Reply {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        fields = List.copyOf(fields);
        actions = List.copyOf(actions);
        imageUrls = List.copyOf(imageUrls);
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(form, "form");
    }

    /** The reply before it could carry a form: without one. */
    public Reply(
            String title,
            String markdown,
            List<Field> fields,
            List<Action> actions,
            List<String> imageUrls,
            Optional<Attachment> attachment,
            String footer,
            Optional<Instant> deadline,
            boolean ephemeral,
            boolean typedAnswer) {
        this(
                title,
                Body.markdown(markdown),
                fields,
                actions,
                imageUrls,
                attachment,
                footer,
                deadline,
                ephemeral,
                typedAnswer,
                Optional.empty());
    }

    /** A form for the requesting user to fill in; adapters without forms show nothing. */
    public static Reply form(Form form) {
        return nothing().withForm(form);
    }

    /** This reply with {@code newForm}. */
    public Reply withForm(Form newForm) {
        return new Reply(
                title,
                body,
                fields,
                actions,
                imageUrls,
                attachment,
                footer,
                deadline,
                ephemeral,
                typedAnswer,
                Optional.of(newForm));
    }

    /** A plain text reply visible to the channel. */
    public static Reply text(String markdown) {
        return new Reply(
                "", markdown, List.of(), List.of(), List.of(), Optional.empty(), "", Optional.empty(), false, false);
    }

    /**
     * Nothing to send: the request was deliberately ignored (a rate-limited user already warned, a
     * chat message that is not an answer). Adapters acknowledge the event and post nothing.
     */
    public static Reply nothing() {
        return new Reply("", "", List.of(), List.of(), List.of(), Optional.empty(), "", Optional.empty(), true, false);
    }

    /** True for {@link #nothing()}: no text, no fields, no buttons, no images, no form. */
    public boolean isNothing() {
        return form.isEmpty()
                && title.isEmpty()
                && body.isEmpty()
                && fields.isEmpty()
                && actions.isEmpty()
                && imageUrls.isEmpty()
                && attachment.isEmpty();
    }

    /** A reply only the requesting user sees: errors, personal stats, confirmations. */
    public static Reply privateText(String markdown) {
        return text(markdown).asEphemeral();
    }

    /** {@link #privateText(String)} with a body that may name channels. */
    public static Reply privateText(Body body) {
        return text("").withBody(body).asEphemeral();
    }

    public Reply asEphemeral() {
        return new Reply(
                title, body, fields, actions, imageUrls, attachment, footer, deadline, true, typedAnswer, form);
    }

    /** The body as Markdown, each channel reference written {@code #ID} ({@link Body#markdown()}). */
    public String markdown() {
        return body.markdown();
    }

    public Reply withMarkdown(String newMarkdown) {
        return withBody(Body.markdown(newMarkdown));
    }

    public Reply withBody(Body newBody) {
        return new Reply(
                title, newBody, fields, actions, imageUrls, attachment, footer, deadline, ephemeral, typedAnswer, form);
    }

    public Reply withTitle(String newTitle) {
        return new Reply(
                newTitle, body, fields, actions, imageUrls, attachment, footer, deadline, ephemeral, typedAnswer, form);
    }

    public Reply withFields(List<Field> newFields) {
        return new Reply(
                title, body, newFields, actions, imageUrls, attachment, footer, deadline, ephemeral, typedAnswer, form);
    }

    public Reply withActions(List<Action> newActions) {
        return new Reply(
                title, body, fields, newActions, imageUrls, attachment, footer, deadline, ephemeral, typedAnswer, form);
    }

    public Reply withImages(List<String> urls) {
        return new Reply(
                title, body, fields, actions, urls, attachment, footer, deadline, ephemeral, typedAnswer, form);
    }

    public Reply withAttachment(Attachment file) {
        return new Reply(
                title,
                body,
                fields,
                actions,
                imageUrls,
                Optional.of(file),
                footer,
                deadline,
                ephemeral,
                typedAnswer,
                form);
    }

    public Reply withFooter(String newFooter) {
        return new Reply(
                title, body, fields, actions, imageUrls, attachment, newFooter, deadline, ephemeral, typedAnswer, form);
    }

    public Reply withDeadline(Instant closesAt) {
        return new Reply(
                title,
                body,
                fields,
                actions,
                imageUrls,
                attachment,
                footer,
                Optional.of(closesAt),
                ephemeral,
                typedAnswer,
                form);
    }

    /** Marks a timed question as taking a typed answer ({@link #typedAnswer}). */
    public Reply takingTypedAnswers() {
        return new Reply(title, body, fields, actions, imageUrls, attachment, footer, deadline, ephemeral, true, form);
    }

    /** A name/value pair, e.g. "Params" / "1,728". */
    public record Field(String name, String value, boolean inline) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A button. {@code id} is an opaque action id that comes back in a {@link ChatRequest.Click}
     * (at most 100 characters, Discord's limit).
     */
    public record Action(String id, String label, Style style, boolean disabled) {
        public Action {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(style, "style");
            if (id.isEmpty() || id.length() > 100) {
                throw new IllegalArgumentException("action id must be 1-100 characters, was " + id.length());
            }
        }

        public static Action of(String id, String label) {
            return new Action(id, label, Style.SECONDARY, false);
        }
    }

    /** How a button looks; adapters map it to their nearest style. */
    public enum Style {
        PRIMARY,
        SECONDARY,
        SUCCESS,
        DANGER
    }

    /** A generated file, such as a PNG drawing. */
    public record Attachment(String fileName, byte[] bytes) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
