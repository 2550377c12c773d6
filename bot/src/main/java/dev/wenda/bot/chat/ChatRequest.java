package dev.wenda.bot.chat;

import java.util.List;
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
     * A submitted {@link Form}: {@code formId} is the id of a form the bot sent, {@code values} the
     * typed text by input name. Whoever owns the form checks who may submit it.
     */
    record FormSubmit(Origin origin, String formId, java.util.Map<String, String> values) implements ChatRequest {
        public FormSubmit {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(formId, "formId");
            values = java.util.Map.copyOf(values);
        }

        /** The value of input {@code name}, empty when it was not sent. */
        public String value(String name) {
            return values.getOrDefault(name, "");
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
     * @param kinds comma-separated kinds (choice, reverse, numeric, flashcard, typed) or empty for mixed
     * @param deck the community's deck to draw from; empty for the bank
     */
    record QuizStart(
            Origin origin, String topic, OptionalInt count, OptionalInt seconds, String kinds, Optional<String> deck)
            implements ChatRequest {
        public QuizStart {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(seconds, "seconds");
            Objects.requireNonNull(kinds, "kinds");
            deck = Objects.requireNonNull(deck, "deck").filter(d -> !d.isBlank());
        }

        /** A round from the bank. */
        public QuizStart(Origin origin, String topic, OptionalInt count, OptionalInt seconds, String kinds) {
            this(origin, topic, count, seconds, kinds, Optional.empty());
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

    /**
     * Schedules rounds or the daily question in the origin's channel, as typed: checked (and refused
     * with a message naming the bad value) by the quiz.
     *
     * @param every {@code daily} or {@code weekly} rounds, or {@code question} for the daily question
     * @param day the day of a weekly round ({@code mon}, {@code 周一}…), empty otherwise
     * @param time {@code HH:MM} in the community's time zone
     * @param topic a tag or free text searched in the bank; empty for all
     * @param kinds the rounds' question kinds as in {@link QuizStart}; empty for mixed
     */
    record ScheduleAdd(
            Origin origin,
            String every,
            String day,
            String time,
            OptionalInt count,
            OptionalInt seconds,
            String topic,
            String kinds)
            implements ChatRequest {
        public ScheduleAdd {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(every, "every");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(seconds, "seconds");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(kinds, "kinds");
        }
    }

    /** The channel's schedules. */
    record ScheduleList(Origin origin) implements ChatRequest {}

    /** Cancels the channel's schedule {@code id} (as typed). */
    record ScheduleCancel(Origin origin, String id) implements ChatRequest {
        public ScheduleCancel {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(id, "id");
        }
    }

    /** Shows the community's time zone, or sets it to {@code zone} (an IANA id such as Asia/Shanghai). */
    record TimeZone(Origin origin, Optional<String> zone) implements ChatRequest {
        public TimeZone {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** A private answer ({@code A}–{@code D}) to the channel's open daily question, as a command. */
    record DailyAnswer(Origin origin, String answer) implements ChatRequest {
        public DailyAnswer {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** The user's review queue as a file: {@code csv} or {@code anki} (tab-separated, front and back). */
    record ReviewExport(Origin origin, String format) implements ChatRequest {
        public ReviewExport {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(format, "format");
        }
    }

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

    /** Adds an entry to the community's own bank. */
    record BankAdd(Origin origin, String question, String answer, List<String> tags) implements Admin {
        public BankAdd {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            tags = List.copyOf(tags);
        }
    }

    /** Replaces a community entry's question, answer and tags. */
    record BankEdit(Origin origin, String entryId, String question, String answer, List<String> tags) implements Admin {
        public BankEdit {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            tags = List.copyOf(tags);
        }
    }

    /** Removes a community entry, or hides a bundled one from this community. */
    record BankRemove(Origin origin, String entryId) implements Admin {
        public BankRemove {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(entryId, "entryId");
        }
    }

    /**
     * A deck file shared in chat to import into the community's bank: first a dry run, then a
     * confirm button. The adapter gives the file's name and declared size and a way to read it;
     * nothing is read before the import checks the sender, the name and the declared size.
     *
     * @param deck the deck name; empty for the file's name without extension
     */
    record ImportDeck(
            Origin origin, String fileName, long declaredBytes, FileSource file, Optional<String> deck, String licence)
            implements Admin {
        public ImportDeck {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(deck, "deck");
            Objects.requireNonNull(licence, "licence");
        }
    }

    /** The community's knowledge gaps, grouped by meaning. */
    record Gaps(Origin origin) implements Admin {}

    /**
     * The community's weekly gap digest: {@code SET} posts it to {@code channel} every {@code day}
     * at {@code time} (as typed, checked by the digest), {@code OFF} ends it, {@code SHOW} says what
     * is set.
     */
    record GapDigest(Origin origin, DigestAction action, String channel, String day, String time) implements Admin {
        /** Mondays at 09:00 unless said otherwise. */
        public static final String DEFAULT_DAY = "mon";

        public static final String DEFAULT_TIME = "09:00";

        public GapDigest {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(time, "time");
        }
    }

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

    enum DigestAction {
        SET,
        OFF,
        SHOW
    }

    enum GroupAction {
        CREATE,
        JOIN,
        LEAVE,
        LIST
    }
}
