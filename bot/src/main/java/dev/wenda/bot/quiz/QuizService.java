package dev.wenda.bot.quiz;

import dev.wenda.bot.board.BoardService;
import dev.wenda.bot.board.GroupService;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.StoreOutage;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The quiz family of chat requests in one place, for the dispatcher: rounds, answers, quiz buttons,
 * leaderboards, study groups, personal stats and review, schedules, the daily question and the review
 * export ({@link Habits}), and the admin actions on boards and groups. The returned reply answers the request
 * itself (often ephemeral); questions, reveals and scoreboards go out through the engine's outbox.
 */
public final class QuizService implements ChatService {
    private final QuizEngine engine;
    private final BoardService boards;
    private final GroupService groups;
    private final Habits habits;

    public QuizService(QuizEngine engine, BoardService boards, GroupService groups, Habits habits) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.habits = Objects.requireNonNull(habits, "habits");
    }

    /**
     * The reply to a quiz-family request; {@link Reply#nothing()} when nothing should be said: typed
     * text that is not an answer to the question on screen, or a request this service does not
     * handle.
     */
    @Override
    public Reply handle(ChatRequest request) {
        return respond(request).orElseGet(Reply::nothing);
    }

    /** As {@link #handle}, with "say nothing" as an empty optional. */
    public Optional<Reply> respond(ChatRequest request) {
        try {
            return route(request);
        } catch (StoreOutage e) {
            // Typed text may not have been an answer at all: with no round known to this process,
            // saying "quizzes are paused" to every message in every channel would be noise.
            return request instanceof ChatRequest.TypedAnswer
                    ? Optional.empty()
                    : Optional.of(QuizTexts.storeDown(request.origin().messages()));
        }
    }

    private Optional<Reply> route(ChatRequest request) {
        return switch (request) {
            case ChatRequest.QuizStart r -> Optional.of(engine.start(r));
            case ChatRequest.QuizStop r -> Optional.of(engine.stop(r));
            case ChatRequest.QuizSkip r -> Optional.of(engine.skip(r));
            case ChatRequest.TypedAnswer r -> engine.answer(r);
            case ChatRequest.Click r -> engine.click(r);
            case ChatRequest.Leaderboard r -> Optional.of(boards.leaderboard(r));
            case ChatRequest.Group r -> Optional.of(groups.handle(r));
            case ChatRequest.Me r -> Optional.of(boards.me(r));
            case ChatRequest.Review r -> Optional.of(engine.review(r));
            case ChatRequest.ResetBoard r -> Optional.of(boards.reset(r.origin(), r.scope(), r.group()));
            case ChatRequest.DeleteGroup r -> Optional.of(groups.delete(r));
            default -> habits.respond(request);
        };
    }

    /** Hands open rounds over at shutdown; see {@link QuizEngine#handOver()}. */
    public int handOver() {
        return engine.handOver();
    }

    /** Resumes rounds of these platforms left open by a stopped process; see {@link QuizEngine#recover(Set)}. */
    public int recover(Set<Platform> platforms) {
        return engine.recover(platforms);
    }
}
