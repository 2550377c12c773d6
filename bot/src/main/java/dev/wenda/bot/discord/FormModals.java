package dev.wenda.bot.discord;

import dev.wenda.bot.chat.Form;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;

/**
 * A {@link Form} as a Discord modal, and a submitted modal's values. Discord caps each input at
 * {@value TextInput#MAX_VALUE_LENGTH} characters: an input allowed more is capped there. Discord
 * cannot show a refusal inside the modal; the reply to the submission says it instead.
 */
final class FormModals {
    private FormModals() {}

    static Modal modal(Form form) {
        List<Label> labels = form.inputs().stream().map(FormModals::label).toList();
        return Modal.create(form.id(), DiscordRenderer.cut(form.title(), Modal.MAX_TITLE_LENGTH))
                .addComponents(labels)
                .build();
    }

    private static Label label(Form.Input input) {
        int max = Math.min(input.maxLength(), TextInput.MAX_VALUE_LENGTH);
        TextInput.Builder text = TextInput.create(
                        input.name(), input.multiline() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                .setRequired(input.required())
                .setMaxLength(max);
        if (!input.value().isEmpty()) {
            text.setValue(DiscordRenderer.cut(input.value(), max));
        }
        return Label.of(DiscordRenderer.cut(input.label(), Label.LABEL_MAX_LENGTH), text.build());
    }

    /** The text typed into each input of the submitted modal, by input name. */
    static Map<String, String> values(ModalInteractionEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        event.getValues().stream()
                .filter(v -> v.getType() == Component.Type.TEXT_INPUT)
                .forEach(v -> values.put(v.getCustomId(), v.getAsString()));
        return values;
    }
}
