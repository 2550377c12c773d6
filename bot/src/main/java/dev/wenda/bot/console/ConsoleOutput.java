package dev.wenda.bot.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import java.io.PrintWriter;
import java.time.Instant;

/**
 * Where the console writes: readable text, or one JSON object per message for scripts. A message
 * that arrives while the prompt waits for input (a quiz's next question) starts on a new line and
 * the prompt is shown again after it, so nothing prints over what the user is typing.
 */
final class ConsoleOutput {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
    private final PrintWriter out;
    private final boolean json;
    private final Messages messages;
    private final ConsoleRenderer renderer;
    private String prompt = "";

    /** How a message came: posted in the channel, an edit of one, or the reply to the user's line. */
    enum Kind {
        POSTED,
        EDITED,
        REPLY
    }

    ConsoleOutput(PrintWriter out, boolean json, Messages messages, boolean ansi) {
        this.out = out;
        this.json = json;
        this.messages = messages;
        this.renderer = new ConsoleRenderer(messages, ansi);
    }

    Messages messages() {
        return messages;
    }

    /** Prints a message; {@code id} is the console's message number, shown to scripts only. */
    synchronized void message(Kind kind, String id, Reply reply, Instant now) {
        if (json) {
            out.println(toJson(jsonLabel(kind, id, reply), reply));
        } else {
            endPrompt();
            String label = label(kind, reply);
            if (!label.isEmpty()) {
                out.println(label);
            }
            out.print(renderer.render(reply, now));
            showPrompt();
        }
        out.flush();
    }

    synchronized void line(String text) {
        if (json) {
            ObjectNode node = JSON.createObjectNode().put("type", "info").put("text", text);
            out.println(node);
        } else {
            endPrompt();
            out.println(TerminalText.strip(text));
            showPrompt();
        }
        out.flush();
    }

    /** A quiz event as one JSON object: {@code {"type":"event","event":"AnswerRecorded",...}}. */
    synchronized void event(Object event) {
        if (json) {
            ObjectNode node = JSON.createObjectNode()
                    .put("type", "event")
                    .put("event", event.getClass().getSimpleName());
            node.setAll((ObjectNode) JSON.valueToTree(event));
            out.println(node);
            out.flush();
        }
    }

    /** Shows the prompt and waits for a line; messages printed until {@link #lineRead} keep it visible. */
    synchronized void prompt(String user) {
        if (!json) {
            prompt = TerminalText.strip(user) + "> ";
            out.print(prompt);
            out.flush();
        }
    }

    /** The user pressed Enter: the terminal is on a fresh line. */
    synchronized void lineRead() {
        prompt = "";
    }

    private void endPrompt() {
        if (!prompt.isEmpty()) {
            out.println();
        }
    }

    private void showPrompt() {
        if (!prompt.isEmpty()) {
            out.print(prompt);
        }
    }

    private String label(Kind kind, Reply reply) {
        return switch (kind) {
            case POSTED -> "";
            case EDITED -> messages.text("console.updated");
            case REPLY -> reply.ephemeral() ? messages.text("console.onlyYou") : "";
        };
    }

    private static String jsonLabel(Kind kind, String id, Reply reply) {
        return switch (kind) {
            case POSTED -> "#" + id;
            case EDITED -> "#" + id + " (updated)";
            case REPLY -> reply.ephemeral() ? "(only you)" : "";
        };
    }

    private static String toJson(String label, Reply reply) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "message")
                .put("label", label)
                .put("title", reply.title())
                .put("markdown", reply.markdown());
        ArrayNode fields = node.putArray("fields");
        reply.fields().forEach(f -> fields.addObject().put("name", f.name()).put("value", f.value()));
        ArrayNode actions = node.putArray("actions");
        reply.actions().forEach(a -> actions.addObject()
                .put("id", a.id())
                .put("label", a.label())
                .put("disabled", a.disabled()));
        ArrayNode images = node.putArray("images");
        reply.imageUrls().forEach(images::add);
        node.put("footer", reply.footer());
        reply.deadline().ifPresent(d -> node.put("deadline", d.toString()));
        node.put("ephemeral", reply.ephemeral());
        return node.toString();
    }
}
