package dev.wenda.bot.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.wenda.bot.chat.Reply;
import java.io.PrintWriter;
import java.time.Instant;

/** Where the console writes: readable text, or one JSON object per message for scripts. */
final class ConsoleOutput {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
    private final PrintWriter out;
    private final boolean json;

    ConsoleOutput(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    synchronized void message(String label, Reply reply, Instant now) {
        if (json) {
            out.println(toJson(label, reply));
        } else {
            if (!label.isEmpty()) {
                out.println(label);
            }
            out.print(ConsoleRenderer.render(reply, now));
        }
        out.flush();
    }

    synchronized void line(String text) {
        if (json) {
            ObjectNode node = JSON.createObjectNode().put("type", "info").put("text", text);
            out.println(node);
        } else {
            out.println(text);
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

    synchronized void prompt(String user) {
        if (!json) {
            out.print(user + "> ");
            out.flush();
        }
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
