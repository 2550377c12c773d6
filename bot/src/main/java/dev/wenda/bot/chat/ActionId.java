package dev.wenda.bot.chat;

import java.util.Objects;

/**
 * What a button the bot sent means. On the wire (a {@link Reply.Action} id, coming back in a
 * {@link ChatRequest.Click}) it is a short string; {@link #encode()} writes it and {@link #parse}
 * reads it, and nothing else looks inside.
 *
 * <ul>
 *   <li>{@code ask:entry:<entry>}: show a bank entry ({@link ShowEntry})
 *   <li>{@code feedback:up:<entry>}, {@code feedback:down:<entry>}: a verdict on an answer ({@link Feedback})
 *   <li>{@code bank:add:<token>}: open the "Add to bank" form for a question kept under the token ({@link AddToBank})
 *   <li>{@code bank:import:<token>:yes}, {@code bank:import:<token>:no}: confirm or cancel a deck
 *       import after its dry run ({@link ImportDeck})
 *   <li>{@code quiz:<round>:<no>:<choice>}: a quiz button ({@link Quiz}); the choice is an option's
 *       index (one digit) or {@code knew} / {@code didnt} on a flashcard
 * </ul>
 */
public sealed interface ActionId {
    /** The id as sent to the platform. */
    String encode();

    /** Any id; one the bot never writes (a stale or forged button) is {@link Unknown}. */
    static ActionId parse(String id) {
        Objects.requireNonNull(id, "id");
        if (id.startsWith(ShowEntry.PREFIX)) {
            return new ShowEntry(id.substring(ShowEntry.PREFIX.length()));
        }
        if (id.startsWith(Feedback.UP)) {
            return new Feedback(id.substring(Feedback.UP.length()), true);
        }
        if (id.startsWith(Feedback.DOWN)) {
            return new Feedback(id.substring(Feedback.DOWN.length()), false);
        }
        if (id.startsWith(LinkQuestion.PREFIX)) {
            String rest = id.substring(LinkQuestion.PREFIX.length());
            int colon = rest.indexOf(':');
            if (colon > 0 && colon < rest.length() - 1) {
                return new LinkQuestion(rest.substring(0, colon), rest.substring(colon + 1));
            }
        }
        if (id.startsWith(AddToBank.PREFIX) && id.length() > AddToBank.PREFIX.length()) {
            return new AddToBank(id.substring(AddToBank.PREFIX.length()));
        }
        if (id.startsWith(ImportDeck.PREFIX)) {
            String rest = id.substring(ImportDeck.PREFIX.length());
            if (rest.endsWith(ImportDeck.YES) || rest.endsWith(ImportDeck.NO)) {
                boolean yes = rest.endsWith(ImportDeck.YES);
                String token = rest.substring(0, rest.length() - (yes ? ImportDeck.YES : ImportDeck.NO).length());
                if (!token.isEmpty()) {
                    return new ImportDeck(token, yes);
                }
            }
        }
        String[] parts = id.split(":", -1);
        if (parts.length == 4 && parts[0].equals(Quiz.PREFIX)) {
            return new Quiz(parts[1], number(parts[2]), Choice.parse(parts[3]));
        }
        return new Unknown(id);
    }

    /** A question number; 0 (no question) when it is not a number. */
    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Show the bank entry {@code entryId} ("did you mean", related questions, a quiz's full answer). */
    record ShowEntry(String entryId) implements ActionId {
        static final String PREFIX = "ask:entry:";

        public ShowEntry {
            Objects.requireNonNull(entryId, "entryId");
        }

        @Override
        public String encode() {
            return PREFIX + entryId;
        }
    }

    /**
     * "This is the one" on a "did you mean" candidate (shown to admins): links the asked wording,
     * remembered under {@code token}, to entry {@code entryId} as an alternate question.
     */
    record LinkQuestion(String token, String entryId) implements ActionId {
        static final String PREFIX = "bank:link:";

        public LinkQuestion {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(entryId, "entryId");
        }

        @Override
        public String encode() {
            return PREFIX + token + ":" + entryId;
        }
    }

    /**
     * "Add to bank" (shown to admins on a reply without an answer): opens a form to add an entry,
     * prefilled with the asked question, which is remembered under {@code token}. The same id names
     * the form, so its submission comes back with it.
     */
    record AddToBank(String token) implements ActionId {
        static final String PREFIX = "bank:add:";

        public AddToBank {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String encode() {
            return PREFIX + token;
        }
    }

    /** Confirm ({@code confirm}) or cancel the deck import whose dry run is kept under {@code token}. */
    record ImportDeck(String token, boolean confirm) implements ActionId {
        static final String PREFIX = "bank:import:";
        static final String YES = ":yes";
        static final String NO = ":no";

        public ImportDeck {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String encode() {
            return PREFIX + token + (confirm ? YES : NO);
        }
    }

    /** 👍 ({@code helpful}) or 👎 on the answer from entry {@code entryId}. */
    record Feedback(String entryId, boolean helpful) implements ActionId {
        static final String UP = "feedback:up:";
        static final String DOWN = "feedback:down:";

        public Feedback {
            Objects.requireNonNull(entryId, "entryId");
        }

        @Override
        public String encode() {
            return (helpful ? UP : DOWN) + entryId;
        }
    }

    /** A button on question {@code no} of round {@code roundId}. */
    record Quiz(String roundId, int no, Choice choice) implements ActionId {
        static final String PREFIX = "quiz";

        public Quiz {
            Objects.requireNonNull(roundId, "roundId");
            Objects.requireNonNull(choice, "choice");
        }

        @Override
        public String encode() {
            return PREFIX + ":" + roundId + ":" + no + ":" + choice.encode();
        }
    }

    /** What a quiz button picks. */
    sealed interface Choice {
        String encode();

        static Choice parse(String text) {
            if (text.equals(Mark.KNEW)) {
                return new Mark(true);
            }
            if (text.equals(Mark.DIDNT)) {
                return new Mark(false);
            }
            if (text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
                return new Option(text.charAt(0) - '0');
            }
            return new Invalid(text);
        }

        /** Option {@code index} (0 is A) of a multiple-choice question. */
        record Option(int index) implements Choice {
            public Option {
                if (index < 0 || index > 9) {
                    throw new IllegalArgumentException("option index must be 0-9, was " + index);
                }
            }

            @Override
            public String encode() {
                return Integer.toString(index);
            }
        }

        /** "Knew it" or "didn't" on a revealed flashcard. */
        record Mark(boolean knew) implements Choice {
            static final String KNEW = "knew";
            static final String DIDNT = "didnt";

            @Override
            public String encode() {
                return knew ? KNEW : DIDNT;
            }
        }

        /** Anything else after a quiz button's number: a forged button. */
        record Invalid(String text) implements Choice {
            public Invalid {
                Objects.requireNonNull(text, "text");
            }

            @Override
            public String encode() {
                return text;
            }
        }
    }

    /** An id the bot does not write: a stale or forged button. */
    record Unknown(String id) implements ActionId {
        public Unknown {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String encode() {
            return id;
        }
    }
}
