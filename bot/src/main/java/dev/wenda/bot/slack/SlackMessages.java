package dev.wenda.bot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.wenda.bot.chat.Form;
import dev.wenda.bot.chat.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The Slack calls the adapter makes, each rendering a {@link Reply} with {@link BlockKitRenderer};
 * a 429 or 5xx answer is retried a few times ({@link SlackRetry}).
 * Messages go out with {@code link_names=false} and no {@code parse=full}, so Slack itself never
 * turns names into mentions.
 */
final class SlackMessages {
    /** Slack's error when a {@code trigger_id} is older than 3 s. */
    private static final String EXPIRED_TRIGGER = "expired_trigger_id";

    private final Slack slack;
    private final BlockKitRenderer renderer;
    private final SlackRetry retry;
    private final Gson json;
    private volatile MethodsClient methods;

    SlackMessages(Slack slack, BlockKitRenderer renderer, SlackRetry retry) {
        this.slack = slack;
        this.renderer = renderer;
        this.retry = retry;
        this.json = GsonFactory.createSnakeCase(slack.getConfig());
    }

    /** Called when the bot starts, with the bot token read from its supplier. */
    void useToken(String botToken) {
        this.methods = slack.methods(botToken);
    }

    MethodsClient methods() {
        MethodsClient client = methods;
        if (client == null) {
            throw new IllegalStateException("the Slack bot has not been started");
        }
        return client;
    }

    /** {@code chat.postMessage}, in a thread when {@code threadTs} is given; returns the message ts. */
    String post(String channel, Reply reply, Optional<String> threadTs) throws Exception {
        var response = retry.call(() -> methods().chatPostMessage(r -> r.channel(channel)
                .text(renderer.fallbackText(reply))
                .blocks(renderer.render(reply))
                .threadTs(threadTs.orElse(null))
                .linkNames(false)
                .unfurlLinks(false)
                .unfurlMedia(false)));
        return check("chat.postMessage", response).getTs();
    }

    /** {@code chat.update}: replaces a message the bot posted. */
    void update(String channel, String ts, Reply reply) throws Exception {
        check("chat.update", retry.call(() -> methods().chatUpdate(r -> r.channel(channel)
                .ts(ts)
                .text(renderer.fallbackText(reply))
                .blocks(renderer.render(reply))
                .linkNames(false))));
    }

    /** {@code chat.postEphemeral}: only {@code user} sees it. */
    void postEphemeral(String channel, String user, Optional<String> threadTs, Reply reply) throws Exception {
        check("chat.postEphemeral", retry.call(() -> methods().chatPostEphemeral(r -> r.channel(channel)
                .user(user)
                .text(renderer.fallbackText(reply))
                .blocks(renderer.render(reply))
                .threadTs(threadTs.orElse(null))
                .linkNames(false))));
    }

    /** Answers through a {@code response_url}: ephemeral or in the channel, as the reply says. */
    void respond(String responseUrl, Reply reply) throws Exception {
        ActionResponse message = ActionResponse.builder()
                .responseType(reply.ephemeral() ? "ephemeral" : "in_channel")
                .text(renderer.fallbackText(reply))
                .blocks(renderer.render(reply))
                .replaceOriginal(false)
                .build();
        // Posted through the client's HTTP layer rather than Bolt's Responder: a 429 must show its
        // Retry-After header, which Responder's WebhookResponse leaves out. Serialized here with one
        // shared Gson: given an object, SlackHttpClient.postJsonBody builds a new Gson for every call.
        String payload = json.toJson(message);
        retry.call(() -> {
            try (okhttp3.Response response = slack.getHttpClient().postJsonBody(responseUrl, payload)) {
                int code = response.code();
                String body = response.body() == null ? "" : response.body().string();
                if (code == 429 || code >= 500) {
                    throw new SlackRetry.RetryableStatus(
                            code, Optional.ofNullable(response.header("Retry-After")), body);
                }
                if (code != 200) {
                    throw new IOException("response_url answered " + code + ": " + body);
                }
                return code;
            }
        });
    }

    /**
     * Shares a generated file in {@code channel} (files upload v2: an upload URL, the bytes, then
     * {@code files.completeUploadExternal}); needs the {@code files:write} scope and the bot in the
     * channel.
     */
    void upload(String channel, Optional<String> threadTs, Reply.Attachment file) throws Exception {
        var response = methods().filesUploadV2(r -> r.channel(channel)
                .threadTs(threadTs.orElse(null))
                .fileData(file.bytes())
                .filename(file.fileName())
                .title(file.fileName()));
        check("files.uploadV2", response);
    }

    /**
     * Shares a generated file with {@code user} alone, in their direct messages with the app ({@code
     * conversations.open}, then {@link #upload}); needs the {@code im:write} and {@code files:write}
     * scopes. For a private reply's file (a review export): uploading it in the channel would show it
     * to everyone.
     */
    void uploadPrivately(String user, Reply.Attachment file) throws Exception {
        var opened =
                check("conversations.open", retry.call(() -> methods().conversationsOpen(r -> r.users(List.of(user)))));
        upload(opened.getChannel().getId(), Optional.empty(), file);
    }

    /** {@code views.publish}: the user's App Home tab. */
    void publishHome(String user, List<LayoutBlock> blocks) throws Exception {
        View view = View.builder().type("home").blocks(blocks).build();
        check("views.publish", retry.call(() -> methods()
                .viewsPublish(r -> r.userId(user).view(view))));
    }

    /**
     * {@code views.open}: shows {@code form} to the user whose press gave {@code triggerId}. A trigger
     * is good once and for 3 s, so call this at once on the worker, never behind queued replies.
     * Returns false when Slack answers {@code expired_trigger_id}: an {@code ok:false} answer, which
     * {@link SlackRetry} never retries (no retry could succeed); any other failure throws.
     */
    boolean openForm(String triggerId, Form form, String channel, String close) throws Exception {
        View view = FormViews.modal(form, channel, close);
        var response =
                retry.call(() -> methods().viewsOpen(r -> r.triggerId(triggerId).view(view)));
        if (!response.isOk() && EXPIRED_TRIGGER.equals(response.getError())) {
            return false;
        }
        check("views.open", response);
        return true;
    }

    List<LayoutBlock> render(Reply reply) {
        return renderer.render(reply);
    }

    private static <T extends SlackApiTextResponse> T check(String method, T response) {
        if (!response.isOk()) {
            throw new IllegalStateException(method + " failed: " + response.getError());
        }
        return response;
    }
}
