package dev.wenda.bot.store;

/** What happened to an answer handed to the store. */
public sealed interface RecordResult {
    /** Counted; the row says whether it was the first correct one and what it scored. */
    record Recorded(AnswerRow row) implements RecordResult {}

    /** The player had already answered this question; the earlier answer stands. */
    record Duplicate() implements RecordResult {}

    /** The question was already revealed when the answer reached the database. */
    record Closed() implements RecordResult {}
}
