package dev.wenda.bot.slack;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the quiz engine: one question per round, posted through the outbox; the round
 * reveals (edit) and posts its scoreboard once three players have answered. Also answers the
 * Home tab's requests, echoing the origin it was given.
 */
final class StubQuiz implements ChatService {
    static final Instant DEADLINE = Instant.parse("2023-11-14T22:13:40Z");
    private static final List<String> OPTIONS = List.of("LayerNorm", "BatchNorm", "GroupNorm", "InstanceNorm");

    private final Outbox outbox;
    private final Map<String, Round> rounds = new ConcurrentHashMap<>();

    private static final class Round {
        final boolean numeric;
        final CompletableFuture<MessageHandle> question;
        final Map<String, String> answers = new LinkedHashMap<>();
        final Map<String, String> names = new LinkedHashMap<>();

        Round(boolean numeric, CompletableFuture<MessageHandle> question) {
            this.numeric = numeric;
            this.question = question;
        }
    }

    StubQuiz(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Reply handle(ChatRequest request) {
        return switch (request) {
            case ChatRequest.QuizStart start -> start(start);
            case ChatRequest.Click click -> click(click);
            case ChatRequest.TypedAnswer typed -> typed(typed);
            case ChatRequest.Me me ->
                Reply.text("Answered: 3 · Right: 2")
                        .withTitle("Your stats")
                        .withFields(List.of(
                                new Reply.Field(
                                        "name", UserText.quote(me.origin().userName()), true),
                                new Reply.Field(
                                        "admin", String.valueOf(me.origin().admin()), true),
                                new Reply.Field("locale", me.origin().locale().toLanguageTag(), true)))
                        .asEphemeral();
            case ChatRequest.Leaderboard board ->
                Reply.text("1. alice: 3 points\n2. bob: 1 point").withTitle("Leaderboard · " + board.period());
            case ChatRequest.Group group ->
                Reply.text("You are in **cnn-study**.").withTitle("Your groups");
            default -> Reply.privateText("unexpected " + request.getClass().getSimpleName());
        };
    }

    private Reply start(ChatRequest.QuizStart start) {
        boolean numeric = start.kinds().equals("numeric");
        Reply question = numeric
                ? Reply.text("A 3x3 conv with 4 input and 4 output channels, no bias: how many weights? "
                                + "Reply in this thread with a number.")
                        .withTitle("Quiz 1/1")
                        .withDeadline(DEADLINE)
                : Reply.text("Which layer normalises over the batch dimension?")
                        .withTitle("Quiz 1/1")
                        .withDeadline(DEADLINE)
                        .withActions(actions(false));
        // Like the real engine, wait for the posted question: its handle is the round's state.
        CompletableFuture<MessageHandle> posted = outbox.post(start.origin().where(), question);
        posted.join();
        rounds.put(start.origin().channel(), new Round(numeric, posted));
        return Reply.privateText("Round started: 1 question on " + UserText.quote(start.topic()) + ".");
    }

    private Reply click(ChatRequest.Click click) {
        Round round = rounds.get(click.origin().channel());
        if (round == null) {
            return Reply.privateText("No round is running here.");
        }
        String choice = click.actionId().substring(click.actionId().lastIndexOf(':') + 1);
        boolean reveal;
        synchronized (round) {
            if (round.answers.containsKey(click.origin().user())) {
                return Reply.privateText("You already answered.");
            }
            round.answers.put(click.origin().user(), choice);
            round.names.put(click.origin().user(), click.origin().userName());
            reveal = round.answers.size() == 3;
        }
        if (reveal) {
            reveal(round, click);
        }
        return Reply.privateText("You chose " + choice + ". The answer is revealed when the time is up.");
    }

    private void reveal(Round round, ChatRequest.Click click) {
        MessageHandle handle = round.question.join();
        List<String> right = new ArrayList<>();
        List<Reply.Field> scores = new ArrayList<>();
        round.answers.forEach((user, choice) -> {
            boolean correct = choice.equals("B");
            if (correct) {
                right.add(UserText.quote(round.names.get(user)));
            }
            scores.add(new Reply.Field(UserText.quote(round.names.get(user)), correct ? "1" : "0", true));
        });
        scores.sort((a, b) -> b.value().compareTo(a.value()));
        Reply revealed = Reply.text(
                        "Which layer normalises over the batch dimension?\n\nAnswer: **B. BatchNorm**. Right: "
                                + String.join(", ", right))
                .withTitle("Quiz 1/1")
                .withActions(actions(true));
        outbox.edit(handle, revealed).join();
        outbox.post(
                        click.origin().where(),
                        Reply.text("Round over.").withTitle("Scoreboard").withFields(scores))
                .join();
    }

    private Reply typed(ChatRequest.TypedAnswer typed) {
        Round round = rounds.get(typed.origin().channel());
        if (round == null || !round.numeric) {
            return Reply.nothing();
        }
        String answer = typed.text().strip();
        return answer.equals("144")
                ? Reply.privateText("✅ 144 is right: +1 point for "
                        + UserText.quote(typed.origin().userName()) + ".")
                : Reply.privateText("❌ " + UserText.quote(answer) + " is not right.");
    }

    private static List<Reply.Action> actions(boolean revealed) {
        List<Reply.Action> actions = new ArrayList<>();
        for (int i = 0; i < OPTIONS.size(); i++) {
            String letter = String.valueOf((char) ('A' + i));
            Reply.Style style = revealed && letter.equals("B") ? Reply.Style.SUCCESS : Reply.Style.SECONDARY;
            actions.add(new Reply.Action("quiz:q1:" + letter, letter + ". " + OPTIONS.get(i), style, revealed));
        }
        return actions;
    }
}
