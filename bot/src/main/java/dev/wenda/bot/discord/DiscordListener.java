package dev.wenda.bot.discord;

import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates JDA events into {@link ChatRequest}s. Every handler acknowledges at once on JDA's
 * thread (defer, modal or choices) and leaves the work to {@link Responder}'s executor.
 */
final class DiscordListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);
    static final String ANSWER_MODAL = "wenda:answer-modal";
    static final String ANSWER_INPUT = "answer";
    private static final int MAX_CHOICES = 25;

    private final DiscordConfig config;
    private final Origins origins;
    private final Responder responder;
    private final LongAnswers longAnswers;
    private final Executor worker;
    private final QuestionSuggester questions;
    private final QuestionSuggester topics;
    private final BooleanSupplier accepting;
    private final DiscordUploads.Downloads downloads = DiscordUploads.Downloads.PROXY;

    DiscordListener(
            DiscordConfig config,
            Responder responder,
            LongAnswers longAnswers,
            Executor worker,
            QuestionSuggester questions,
            QuestionSuggester topics,
            BooleanSupplier accepting) {
        this.config = config;
        this.origins = new Origins(config.adminRoleId());
        this.responder = responder;
        this.longAnswers = longAnswers;
        this.worker = worker;
        this.questions = questions;
        this.topics = topics;
        this.accepting = accepting;
    }

    /** False once the bot stops accepting work; interactions then get a short notice instead. */
    private boolean refuse(IReplyCallback interaction) {
        if (accepting.getAsBoolean()) {
            return false;
        }
        interaction
                .reply(Texts.restarting(origins.of(interaction)).markdown())
                .setEphemeral(true)
                .setAllowedMentions(List.of())
                .queue();
        return true;
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (config.commandGuilds().isEmpty() && event.getJDA().getShardInfo().getShardId() == 0) {
            event.getJDA().updateCommands().addCommands(SlashCommands.all()).queue();
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (config.commandGuilds().contains(event.getGuild().getId())) {
            event.getGuild().updateCommands().addCommands(SlashCommands.all()).queue();
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (refuse(event)) {
            return;
        }
        Origin origin = origins.of(event);
        Map<String, String> options = new HashMap<>();
        for (OptionMapping option : event.getOptions()) {
            options.put(option.getName(), option.getAsString());
        }
        String sub = event.getSubcommandName();
        String group = event.getSubcommandGroup();
        CommandCall call = new CommandCall(
                event.getName(), (group == null ? "" : group + " ") + (sub == null ? "" : sub), options);
        boolean privately = CommandTranslator.privateByDefault(call);
        event.deferReply(privately).queue();
        responder.run(
                origin,
                "/" + event.getFullCommandName(),
                () -> translate(origin, call, event)
                        .map(responder::handle)
                        .orElseGet(() -> Texts.unknownCommand(origin)),
                reply -> responder.completeDeferred(event.getHook(), privately, reply));
    }

    /** The request of a slash command; an attached file (a deck to import) comes along unread. */
    private Optional<ChatRequest> translate(Origin origin, CommandCall call, SlashCommandInteractionEvent event) {
        OptionMapping file = event.getOption(SlashCommands.FILE);
        if (file != null && file.getType() == OptionType.ATTACHMENT) {
            return Optional.of(DiscordUploads.request(origin, call, file.getAsAttachment(), downloads));
        }
        return CommandTranslator.translate(origin, call);
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!accepting.getAsBoolean()) {
            event.replyChoices(List.of()).queue();
            return;
        }
        String typed = event.getFocusedOption().getValue();
        QuestionSuggester suggester =
                SlashCommands.TOPIC.equals(event.getFocusedOption().getName()) ? topics : questions;
        worker.execute(() -> {
            List<Command.Choice> choices;
            try {
                choices = suggester.suggest(typed, MAX_CHOICES).stream()
                        .limit(MAX_CHOICES)
                        .filter(text -> !text.isBlank())
                        .map(text -> {
                            String value = DiscordRenderer.cut(text, Command.Choice.MAX_STRING_VALUE_LENGTH);
                            return new Command.Choice(value, value);
                        })
                        .toList();
            } catch (RuntimeException e) {
                LOG.error(
                        "Suggesting completions for '{}' failed",
                        event.getFocusedOption().getName(),
                        e);
                choices = List.of();
            }
            event.replyChoices(choices).queue();
        });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (refuse(event)) {
            return;
        }
        Origin origin = origins.of(event);
        String id = event.getComponentId();
        if (id.equals(DiscordRenderer.TYPED_ANSWER_ID)) {
            TextInput input = TextInput.create(ANSWER_INPUT, TextInputStyle.SHORT)
                    .setRequiredRange(1, 200)
                    .build();
            event.replyModal(Modal.create(ANSWER_MODAL, Texts.modalTitle(origin))
                            .addComponents(Label.of(Texts.modalLabel(origin), input))
                            .build())
                    .queue();
            return;
        }
        if (ActionId.parse(id) instanceof ActionId.AddToBank) {
            // A modal must be the first answer to the press: no deferral, the service only looks up the form.
            responder.openForm(event, new ChatRequest.Click(origin, id));
            return;
        }
        event.deferEdit().queue();
        if (id.startsWith(DiscordRenderer.MORE_PREFIX)) {
            longAnswers
                    .pages(id)
                    .ifPresentOrElse(
                            pages -> responder.followUpPages(event.getHook(), pages),
                            () -> responder.followUp(event.getHook(), Texts.expiredAnswer(origin)));
            return;
        }
        responder.answer(new ChatRequest.Click(origin, id), reply -> responder.followUp(event.getHook(), reply));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (refuse(event)) {
            return;
        }
        if (!event.getModalId().equals(ANSWER_MODAL)) {
            // A form the service sent (Reply#form): its answer is private to whoever submitted it.
            Origin origin = origins.of(event);
            event.deferReply(true).queue();
            responder.answer(
                    new ChatRequest.FormSubmit(origin, event.getModalId(), FormModals.values(event)),
                    reply -> responder.completeDeferred(event.getHook(), true, reply));
            return;
        }
        if (event.getValue(ANSWER_INPUT) == null) {
            return;
        }
        Origin origin = origins.of(event);
        String text = event.getValue(ANSWER_INPUT).getAsString();
        event.deferEdit().queue();
        responder.answer(
                new ChatRequest.TypedAnswer(origin, text), reply -> responder.followUp(event.getHook(), reply));
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (!accepting.getAsBoolean()
                || event.getAuthor().isBot()
                || event.isWebhookMessage()
                || message.getType().isSystem()) {
            return;
        }
        var self = event.getJDA().getSelfUser();
        if (message.getMentions().isMentioned(self, Message.MentionType.USER)) {
            String question = message.getContentRaw()
                    .replace("<@" + self.getId() + ">", "")
                    .replace("<@!" + self.getId() + ">", "")
                    .strip();
            responder.answer(
                    new ChatRequest.Ask(origins.of(message), question), reply -> responder.replyTo(message, reply));
        } else if (config.messageContent()
                && message.isFromGuild()
                && !message.getContentRaw().isBlank()) {
            responder.answer(
                    new ChatRequest.TypedAnswer(origins.of(message), message.getContentRaw()),
                    reply -> responder.replyTo(message, reply));
        }
    }
}
