package dev.wenda.bot.discord;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the chat service off JDA's threads and sends its reply. This is the adapter's one error
 * boundary: a failure while answering is logged with its stack trace and the user gets a short
 * apology instead.
 */
final class Responder {
    private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

    private final ChatService service;
    private final Executor worker;
    private final DiscordRenderer renderer;
    private final LongAnswers longAnswers;

    Responder(ChatService service, Executor worker, DiscordRenderer renderer, LongAnswers longAnswers) {
        this.service = service;
        this.worker = worker;
        this.renderer = renderer;
        this.longAnswers = longAnswers;
    }

    /** Calls the service; only for use inside {@link #run}'s work, which catches its failures. */
    Reply handle(ChatRequest request) {
        return service.handle(request);
    }

    /** Answers {@code request} on the worker and hands the reply to {@code deliver}. */
    void answer(ChatRequest request, Consumer<Reply> deliver) {
        run(request.origin(), request.getClass().getSimpleName(), () -> service.handle(request), deliver);
    }

    /** Runs {@code work} on the worker; any failure, in the work or in delivering, becomes an apology. */
    void run(Origin origin, String what, Supplier<Reply> work, Consumer<Reply> deliver) {
        worker.execute(() -> {
            try {
                deliver.accept(work.get());
            } catch (RuntimeException e) {
                LOG.error(
                        "Answering a {} from user {} in {}/{} failed",
                        what,
                        origin.user(),
                        origin.community(),
                        origin.channel(),
                        e);
                try {
                    deliver.accept(Texts.apology(origin));
                } catch (RuntimeException again) {
                    LOG.error("Could not send the apology either", again);
                }
            }
        });
    }

    /**
     * Answers a press on a button that opens a form, at once on JDA's thread: Discord takes a modal
     * only as the first answer, so there is no deferral. The service only looks up what the form
     * shows; anything else it says (a refusal, an expired button) is sent privately.
     */
    void openForm(ButtonInteractionEvent event, ChatRequest.Click click) {
        Reply reply;
        try {
            reply = service.handle(click);
        } catch (RuntimeException e) {
            LOG.error(
                    "Opening the form of button {} for user {} in {} failed",
                    click.actionId(),
                    click.origin().user(),
                    click.origin().community(),
                    e);
            reply = Texts.apology(click.origin());
        }
        if (reply.form().isPresent()) {
            event.replyModal(FormModals.modal(reply.form().get())).queue(null, this::logFailure);
        } else if (reply.isNothing()) {
            // Deliberately unanswered (a rate-limited user, already warned): acknowledge the press only.
            event.deferEdit().queue(null, this::logFailure);
        } else {
            event.reply(render(reply).message()).setEphemeral(true).queue(null, this::logFailure);
        }
    }

    /** Completes a deferred slash command: edits the deferral, or swaps it when visibility differs. */
    void completeDeferred(InteractionHook hook, boolean deferredPrivately, Reply reply) {
        if (reply.isNothing()) {
            hook.deleteOriginal().queue(null, this::logFailure);
            return;
        }
        DiscordRenderer.Rendered rendered = render(reply);
        if (reply.ephemeral() && !deferredPrivately) {
            // The "thinking" placeholder is public; a private answer replaces it as a follow-up.
            hook.deleteOriginal().queue(null, this::logFailure);
            hook.sendMessage(rendered.message()).setEphemeral(true).queue(null, this::logFailure);
        } else {
            hook.editOriginal(rendered.asEdit()).queue(null, this::logFailure);
        }
    }

    /** Sends a follow-up after a component interaction was acknowledged with a deferred edit. */
    void followUp(InteractionHook hook, Reply reply) {
        if (reply.isNothing()) {
            return;
        }
        hook.sendMessage(render(reply).message())
                .setEphemeral(reply.ephemeral())
                .queue(null, this::logFailure);
    }

    /** Sends the remaining pages of a long answer, privately. */
    void followUpPages(InteractionHook hook, List<String> pages) {
        for (String page : pages) {
            hook.sendMessage(renderer.page(page)).setEphemeral(true).queue(null, this::logFailure);
        }
    }

    /** Replies to a channel message; messages cannot be private, so ephemeral replies are sent plainly. */
    void replyTo(Message message, Reply reply) {
        if (reply.isNothing()) {
            return;
        }
        message.reply(render(reply).message()).queue(null, this::logFailure);
    }

    private DiscordRenderer.Rendered render(Reply reply) {
        DiscordRenderer.Rendered rendered = renderer.render(reply);
        longAnswers.remember(rendered);
        return rendered;
    }

    /** The user did not get the reply: JDA gave up (a 4xx, or a 5xx after its retries). */
    private void logFailure(Throwable error) {
        LOG.error("Discord rejected a reply", error);
    }
}
