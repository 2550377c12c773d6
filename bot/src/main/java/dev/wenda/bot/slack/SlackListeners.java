package dev.wenda.bot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Form;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextCommand;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Bolt events into {@link ChatRequest}s. Every handler only reads the payload, hands the
 * work to the {@link SafeWorker} and acks at once; the answer follows through a response_url, a
 * thread message, an ephemeral message or {@code views.publish}, in order per response_url or
 * channel.
 */
final class SlackListeners {
    static final String COMMAND = "/wenda";
    private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);
    /** How long a form's submission waits for its answer before the form closes without it. */
    static final Duration SUBMIT_WAIT = Duration.ofMillis(2_500);

    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final ChatService service;
    private final SlackMessages messages;
    private final SlackUsers users;
    private final BotThreads threads;
    private final SafeWorker worker;
    private final HomeTab home;
    private final SlackUploads.Downloads downloads;

    SlackListeners(
            ChatService service,
            SlackMessages messages,
            SlackUsers users,
            BotThreads threads,
            SafeWorker worker,
            HomeTab home) {
        this(service, messages, users, threads, worker, home, SlackUploads.Downloads.NONE);
    }

    /** @param downloads fetches shared files ({@code import} with a file) */
    SlackListeners(
            ChatService service,
            SlackMessages messages,
            SlackUsers users,
            BotThreads threads,
            SafeWorker worker,
            HomeTab home,
            SlackUploads.Downloads downloads) {
        this.downloads = downloads;
        this.service = service;
        this.messages = messages;
        this.users = users;
        this.threads = threads;
        this.worker = worker;
        this.home = home;
    }

    void register(App app) {
        app.command(COMMAND, this::onCommand);
        app.blockAction(Pattern.compile(".+"), this::onAction);
        app.viewSubmission(Pattern.compile(".+"), this::onSubmit);
        eventListeners().forEach(listener -> listener.registerOn(app));
    }

    /**
     * The Events API listeners, one per event type. {@code deploy/slack/manifest.yml} subscribes to
     * exactly these types (SlackManifestTest); add a listener here and its event and scope there.
     */
    private List<EventListener<?>> eventListeners() {
        return List.of(
                new EventListener<>(AppMentionEvent.class, this::onMention),
                new EventListener<>(MessageEvent.class, this::onMessage),
                new EventListener<>(MessageFileShareEvent.class, this::onFileShare),
                new EventListener<>(AppHomeOpenedEvent.class, this::onHomeOpened));
    }

    /** The Events API type names ({@code app_mention}, {@code message}, ...) the listeners handle. */
    static List<String> eventTypes() {
        return new SlackListeners(null, null, null, null, null, null)
                .eventListeners().stream().map(EventListener::typeName).toList();
    }

    /** One Events API listener: the Bolt event class and its handler. */
    private record EventListener<E extends Event>(Class<E> type, BoltEventHandler<E> handler) {
        void registerOn(App app) {
            app.event(type, handler);
        }

        /** Slack's name of the event type, which every Bolt event class declares as {@code TYPE_NAME}. */
        String typeName() {
            try {
                return (String) type.getField("TYPE_NAME").get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getName() + " declares no TYPE_NAME", e);
            }
        }
    }

    private Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        String text = p.getText() == null ? "" : p.getText();
        worker.submit(
                COMMAND,
                deliveryKey(p.getResponseUrl(), p.getChannelId()),
                () -> users.messages(p.getUserId()),
                () -> {
                    Origin origin = users.origin(p.getTeamId(), p.getChannelId(), p.getUserId(), p.getUserName());
                    return Optional.of(
                            switch (TextCommand.parse(origin, text)) {
                                case TextCommand.Parsed.Ok(ChatRequest.Help help) ->
                                    withSlackUsage(service.handle(help), origin);
                                case TextCommand.Parsed.Ok(ChatRequest chatRequest) -> service.handle(chatRequest);
                                case TextCommand.Parsed.Usage(String message) ->
                                    Reply.privateText(message + "\n\n" + SlackUsage.hint(origin.messages()));
                            });
                },
                withFile(
                        reply -> messages.respond(p.getResponseUrl(), reply),
                        p.getUserId(),
                        p.getChannelId(),
                        Optional.empty()));
        return ctx.ack();
    }

    private Response onAction(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        String user = p.getUser().getId();
        String channel = p.getChannel() != null
                ? p.getChannel().getId()
                : p.getContainer() != null && p.getContainer().getChannelId() != null
                        ? p.getContainer().getChannelId()
                        : user;
        String responseUrl = p.getResponseUrl();
        for (BlockActionPayload.Action action : p.getActions()) {
            worker.submit(
                    "block action",
                    deliveryKey(responseUrl, user),
                    () -> users.messages(user),
                    () -> {
                        Reply reply = service.handle(new ChatRequest.Click(
                                users.origin(
                                        p.getTeam().getId(),
                                        channel,
                                        user,
                                        p.getUser().getUsername()),
                                action.getActionId()));
                        return reply.form().isPresent()
                                ? openForm(p.getTriggerId(), reply.form().get(), channel, user)
                                : Optional.of(reply);
                    },
                    withFile(
                            reply -> {
                                if (responseUrl != null) {
                                    messages.respond(responseUrl, reply);
                                } else {
                                    // A click on the Home tab has no response_url: answer in the app's DM.
                                    messages.post(user, reply, Optional.empty());
                                }
                            },
                            user,
                            channel,
                            Optional.empty()));
        }
        return ctx.ack();
    }

    /**
     * Opens {@code form} right here on the worker: the press's {@code trigger_id} is good for 3 s,
     * too short to wait behind the replies queued for delivery. Nothing follows when it opens; when
     * the trigger has expired (the work took too long), the user is asked to press again.
     */
    private Optional<Reply> openForm(String triggerId, Form form, String channel, String user) throws Exception {
        var texts = users.messages(user);
        if (messages.openForm(triggerId, form, channel, texts.text("slack.form.close"))) {
            return Optional.empty();
        }
        log.info("A form for user {} was not opened: its trigger expired", user);
        return Optional.of(Reply.privateText(texts.text("slack.form.expired")));
    }

    /**
     * A submitted form. Slack shows a refusal under the inputs only in the answer to this request
     * ({@code response_action: errors}), so the submission is answered here, waiting for the worker
     * up to {@link #SUBMIT_WAIT}; a later answer closes the form and follows as an ephemeral message.
     */
    private Response onSubmit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = request.getPayload();
        String user = p.getUser().getId();
        String metadata = p.getView().getPrivateMetadata();
        String channel = metadata == null || metadata.isBlank() ? user : metadata;
        CompletableFuture<Reply> answer = new CompletableFuture<>();
        worker.submit(
                "view submission",
                // its own key: the answer goes back in the modal, not into the channel's queue of replies
                "view:" + p.getView().getId(),
                () -> users.messages(user),
                () -> Optional.of(service.handle(new ChatRequest.FormSubmit(
                        users.origin(
                                p.getTeam().getId(), channel, user, p.getUser().getUsername()),
                        p.getView().getCallbackId(),
                        FormViews.values(p.getView())))),
                answer::complete);
        Reply reply;
        try {
            reply = answer.get(SUBMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            answer.thenAccept(late -> postLate(channel, user, late));
            return ctx.ack();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ctx.ack();
        }
        if (reply.form().isPresent() && !reply.form().get().errors().isEmpty()) {
            return ctx.ackWithErrors(reply.form().get().errors());
        }
        var texts = users.messages(user);
        return ctx.ackWithUpdate(FormViews.result(
                reply.title().isBlank() ? texts.text("slack.form.title") : reply.title(),
                messages.render(reply.withTitle("")),
                texts.text("slack.form.close")));
    }

    private void postLate(String channel, String user, Reply reply) {
        try {
            messages.postEphemeral(channel, user, Optional.empty(), reply);
        } catch (Exception e) {
            log.error("The answer to a form of user {} could not be sent", user, e);
        }
    }

    private Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        if (e.getFiles() != null && !e.getFiles().isEmpty() && SlackUploads.isImport(e.getText())) {
            return ctx.ack(); // the message's file_share event carries the import
        }
        String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
        String question = MENTION.matcher(e.getText() == null ? "" : e.getText())
                .replaceAll(" ")
                .strip();
        worker.submit(
                "app_mention",
                e.getChannel(),
                () -> users.messages(e.getUser()),
                () -> {
                    Origin origin = users.origin(team(payload, ctx), e.getChannel(), e.getUser(), e.getUser());
                    if (question.isEmpty()) {
                        return Optional.of(withSlackUsage(service.handle(new ChatRequest.Help(origin)), origin));
                    }
                    return Optional.of(service.handle(new ChatRequest.Ask(origin, question)));
                },
                withFile(
                        reply -> {
                            if (reply.ephemeral()) {
                                messages.postEphemeral(e.getChannel(), e.getUser(), Optional.of(thread), reply);
                            } else {
                                messages.post(e.getChannel(), reply, Optional.of(thread));
                            }
                        },
                        e.getUser(),
                        e.getChannel(),
                        Optional.of(thread)));
        return ctx.ack();
    }

    /**
     * A reply in the thread of a message the bot posted is a typed quiz answer. Slack names the
     * thread's author ({@code parent_user_id}), so this works whichever bot process posted the
     * question; the outbox's own record of its posts covers events without that field.
     */
    private Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        boolean typedAnswer = e.getThreadTs() != null
                && e.getBotId() == null
                && e.getUser() != null
                && e.getText() != null
                && (Objects.equals(e.getParentUserId(), ctx.getBotUserId())
                        || threads.isBotThread(e.getChannel(), e.getThreadTs()))
                && (ctx.getBotUserId() == null || !e.getText().contains("<@" + ctx.getBotUserId()));
        if (typedAnswer) {
            worker.submit(
                    "thread reply",
                    e.getChannel(),
                    () -> users.messages(e.getUser()),
                    () -> Optional.of(service.handle(new ChatRequest.TypedAnswer(
                            users.origin(team(payload, ctx), e.getChannel(), e.getUser(), e.getUser()), e.getText()))),
                    reply -> messages.postEphemeral(e.getChannel(), e.getUser(), Optional.of(e.getThreadTs()), reply));
        }
        return ctx.ack();
    }

    /**
     * A file shared in a DM or a channel with the text {@code import [deck NAME]} (a mention of the
     * app may lead): a deck to import. The dry run and its buttons come back privately.
     */
    private Response onFileShare(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
        MessageFileShareEvent e = payload.getEvent();
        if (e.getUser() == null || e.getFiles() == null || e.getFiles().isEmpty()) {
            return ctx.ack();
        }
        worker.submit(
                "file_share",
                e.getChannel(),
                () -> users.messages(e.getUser()),
                () -> {
                    Origin origin = users.origin(team(payload, ctx), e.getChannel(), e.getUser(), e.getUser());
                    return SlackUploads.answer(origin, e.getText(), e.getFiles().getFirst(), downloads, service);
                },
                reply -> messages.postEphemeral(e.getChannel(), e.getUser(), Optional.empty(), reply));
        return ctx.ack();
    }

    /**
     * After a public reply with a generated file, uploads the file to the same place; after a private
     * one, to the user's direct messages with the app. A failed
     * upload (no {@code files:write}, the app not in the channel) is logged and the user told
     * privately; the reply itself was delivered.
     */
    private SafeWorker.Sink withFile(SafeWorker.Sink sink, String user, String channel, Optional<String> thread) {
        return reply -> {
            sink.send(reply);
            if (reply.attachment().isEmpty()) {
                return;
            }
            Reply.Attachment file = reply.attachment().get();
            try {
                if (reply.ephemeral()) {
                    messages.uploadPrivately(user, file);
                } else {
                    messages.upload(channel, thread, file);
                }
            } catch (Exception e) {
                log.warn("Uploading {} to Slack channel {} failed", file.fileName(), channel, e);
                sink.send(Reply.privateText(users.messages(user).text("slack.uploadFailed")));
            }
        };
    }

    /**
     * Replies with the same key go out in order: those through a {@code response_url} are ordered
     * per URL (one interaction's reply and its follow-ups), so a burst of clicks in one channel is
     * not sent one by one; the rest per channel (or per user for the App Home).
     */
    private static String deliveryKey(String responseUrl, String fallback) {
        return responseUrl != null ? responseUrl : fallback;
    }

    /** The shared help, with how its commands are typed on Slack put first. */
    private static Reply withSlackUsage(Reply help, Origin origin) {
        return help.withMarkdown(SlackUsage.text(help.markdown(), origin.messages()))
                .asEphemeral();
    }

    private static String team(EventsApiPayload<?> payload, EventContext ctx) {
        return payload.getTeamId() != null ? payload.getTeamId() : String.valueOf(ctx.getTeamId());
    }

    private Response onHomeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent e = payload.getEvent();
        if (!"home".equals(e.getTab())) {
            return ctx.ack();
        }
        String channel = e.getChannel() != null ? e.getChannel() : e.getUser();
        worker.submit(
                "app_home_opened",
                channel,
                () -> users.messages(e.getUser()),
                () -> {
                    Origin origin = users.origin(team(payload, ctx), channel, e.getUser(), e.getUser());
                    messages.publishHome(e.getUser(), home.blocks(origin));
                    return Optional.empty();
                },
                reply -> messages.publishHome(e.getUser(), messages.render(reply)));
        return ctx.ack();
    }
}
