package dev.wenda.bot.slack;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.wenda.bot.chat.Form;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Form} as a Slack modal ({@code views.open}), a submitted modal's values, and the modal
 * that replaces it with the reply ({@code response_action: update}). Each input is an input block
 * whose block id and action id are the input's name, so a refusal's errors ({@code
 * response_action: errors}) are keyed as the form keys them. Slack caps a text input at {@value
 * #MAX_INPUT} characters and a title or button at {@value #MAX_TITLE}: longer ones are capped there.
 */
final class FormViews {
    static final int MAX_INPUT = 3_000;
    static final int MAX_TITLE = 24;
    static final int MAX_LABEL = 2_000;

    private FormViews() {}

    /** The form as a modal; {@code channel} (where the button was) is kept as the view's private metadata. */
    static View modal(Form form, String channel, String close) {
        List<LayoutBlock> blocks = form.inputs().stream()
                .map(FormViews::input)
                .map(LayoutBlock.class::cast)
                .toList();
        return View.builder()
                .type("modal")
                .callbackId(form.id())
                .privateMetadata(channel)
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(cut(form.title(), MAX_TITLE))
                        .build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(cut(form.submit(), MAX_TITLE))
                        .build())
                .close(ViewClose.builder()
                        .type("plain_text")
                        .text(cut(close, MAX_TITLE))
                        .build())
                .blocks(blocks)
                .build();
    }

    private static InputBlock input(Form.Input input) {
        int max = Math.min(input.maxLength(), MAX_INPUT);
        return InputBlock.builder()
                .blockId(input.name())
                .label(PlainTextObject.builder()
                        .text(cut(input.label(), MAX_LABEL))
                        .build())
                .optional(!input.required())
                .element(PlainTextInputElement.builder()
                        .actionId(input.name())
                        .multiline(input.multiline())
                        .maxLength(max)
                        .initialValue(input.value().isEmpty() ? null : cut(input.value(), max))
                        .build())
                .build();
    }

    /** A modal showing {@code blocks}, with only a close button: what replaces a submitted form. */
    static View result(String title, List<LayoutBlock> blocks, String close) {
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(cut(title, MAX_TITLE))
                        .build())
                .close(ViewClose.builder()
                        .type("plain_text")
                        .text(cut(close, MAX_TITLE))
                        .build())
                .blocks(blocks)
                .build();
    }

    /** The text typed into each input of a submitted modal, by input name (an empty optional input is left out). */
    static Map<String, String> values(View view) {
        Map<String, String> values = new LinkedHashMap<>();
        if (view.getState() == null || view.getState().getValues() == null) {
            return values;
        }
        view.getState().getValues().forEach((block, actions) -> {
            ViewState.Value value = actions.get(block);
            if (value != null && value.getValue() != null) {
                values.put(block, value.getValue());
            }
        });
        return values;
    }

    private static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max
                ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
