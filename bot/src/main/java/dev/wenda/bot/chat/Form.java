package dev.wenda.bot.chat;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A form the user fills in: a Discord modal, a Slack modal. Its submission comes back as a {@link
 * ChatRequest.FormSubmit} with the same {@code id} and the typed values by input name. A form sent
 * back in the reply to a submission carries {@code errors}: Slack shows them under the inputs, other
 * platforms show the reply's text instead.
 *
 * @param id an opaque id (at most 100 characters, Discord's limit), as for a {@link Reply.Action}
 * @param title the form's heading (Slack shows at most 24 characters)
 * @param submit the submit button's label
 * @param inputs the text inputs, in display order
 * @param errors a message per input name that was refused; empty for a fresh form
 */
public record Form(String id, String title, String submit, List<Input> inputs, Map<String, String> errors) {
    public Form {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(submit, "submit");
        inputs = List.copyOf(inputs);
        errors = Map.copyOf(errors);
        if (id.isEmpty() || id.length() > 100) {
            throw new IllegalArgumentException("form id must be 1-100 characters, was " + id.length());
        }
    }

    /** This form with {@code newErrors}, its inputs as they are. */
    public Form withErrors(Map<String, String> newErrors) {
        return new Form(id, title, submit, inputs, newErrors);
    }

    /**
     * One text input.
     *
     * @param name the key its value comes back under
     * @param value the prefilled text, may be empty
     * @param multiline a paragraph rather than one line
     * @param required whether an empty value is refused by the platform
     * @param maxLength the most characters the service accepts; a platform with a lower limit uses its own
     */
    public record Input(String name, String label, String value, boolean multiline, boolean required, int maxLength) {
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength must be positive, was " + maxLength);
            }
        }
    }
}
