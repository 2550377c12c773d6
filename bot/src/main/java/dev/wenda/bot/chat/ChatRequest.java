package dev.wenda.bot.chat;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything a user can ask of the bot, whatever platform it came from. Adapters translate
 * platform events into one of these; {@link ChatService} answers them.
 */
public sealed interface ChatRequest {
    Origin origin();

    /** A question for the bank (or a numeric question for calc). */
    record Ask(Origin origin, String question) implements ChatRequest {
        public Ask {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(question, "question");
        }
    }

    /** A button press; {@code actionId} is the id of a {@link Reply.Action} the bot sent. */
    record Click(Origin origin, String actionId) implements ChatRequest {
        public Click {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(actionId, "actionId");
        }
    }

    /**
     * A typed answer to a running quiz question: a modal, a thread reply, or a plain message in a
     * channel with a running round. Text that is not an answer is ignored.
     */
    record TypedAnswer(Origin origin, String text) implements ChatRequest {
        public TypedAnswer {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Starts a quiz round in the origin's channel. Empty values take the defaults.
     *
     * @param topic a tag or free text searched in the bank; empty for all
     * @param kinds comma-separated kinds (choice, reverse, numeric, flashcard) or empty for mixed
     */
    record QuizStart(Origin origin, String topic, OptionalInt count, OptionalInt seconds, String kinds)
            implements ChatRequest {
        public QuizStart {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(seconds, "seconds");
            Objects.requireNonNull(kinds, "kinds");
        }
    }

    record QuizStop(Origin origin) implements ChatRequest {}

    record QuizSkip(Origin origin) implements ChatRequest {}

    /** A leaderboard; {@code group} names the study group when the scope is GROUP. */
    record Leaderboard(Origin origin, Scope scope, Period period, Optional<String> group) implements ChatRequest {
        public Leaderboard {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(group, "group");
        }
    }

    /** Study-group management; {@code name} is empty for LIST. */
    record Group(Origin origin, GroupAction action, Optional<String> name) implements ChatRequest {
        public Group {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The user's own stats. */
    record Me(Origin origin) implements ChatRequest {}

    /** A personal review round of missed entries. */
    record Review(Origin origin) implements ChatRequest {}

    /** A private link to the study pages; {@code adminPages} asks for admin pages too (admins only). */
    record WebLink(Origin origin, boolean adminPages) implements ChatRequest {
        public WebLink {
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** A calc expression in the structured syntax, e.g. {@code rf 3x3s1 3x3s1}. */
    record Calc(Origin origin, String expression) implements ChatRequest {
        public Calc {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(expression, "expression");
        }
    }

    record Help(Origin origin) implements ChatRequest {}

    /**
     * What only an admin may do: Discord members with Manage Server or the configured role, Slack
     * workspace admins and owners or the configured users ({@link Origin#admin()}). The services
     * that own each action refuse it, with a private message, when the origin is not an admin.
     */
    sealed interface Admin extends ChatRequest {}

    /** Closes a board's season so it starts from zero; {@code group} names the group when the scope is GROUP. */
    record ResetBoard(Origin origin, Scope scope, Optional<String> group) implements Admin {
        public ResetBoard {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(group, "group");
        }
    }

    /** Deletes a study group and its memberships; the scores of its members stay. */
    record DeleteGroup(Origin origin, String name) implements Admin {
        public DeleteGroup {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Re-reads the content folder and swaps the bank in when it has no errors. */
    record ReloadContent(Origin origin) implements Admin {}

    /** Opens the community's leaderboard pages to anyone ({@code open}) or makes them link-only again. */
    record PublicBoards(Origin origin, boolean open) implements Admin {
        public PublicBoards {
            Objects.requireNonNull(origin, "origin");
        }
    }

    enum Scope {
        SERVER,
        CHANNEL,
        GROUP
    }

    enum Period {
        WEEK,
        MONTH,
        ALL
    }

    enum GroupAction {
        CREATE,
        JOIN,
        LEAVE,
        LIST
    }
}
