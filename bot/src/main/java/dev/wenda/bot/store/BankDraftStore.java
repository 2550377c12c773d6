package dev.wenda.bot.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The drafts behind "Add to bank" buttons, shared by every process on the database: a press finds
 * the draft whichever process sent the button. A draft past its expiry is never returned; adding a
 * draft deletes such rows in the same transaction.
 */
public final class BankDraftStore {
    private final Jdbc jdbc;

    public BankDraftStore(Database database) {
        this.jdbc = Objects.requireNonNull(database, "database").jdbc();
    }

    /** One draft: the question, and the answer and tags typed so far. */
    public record Row(String community, String question, String answer, String tags) {
        public Row {
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(tags, "tags");
        }
    }

    /**
     * Deletes the drafts expired at {@code now} and keeps {@code row} under a new {@code token} until
     * {@code until}, in one transaction; false, keeping nothing, when the token is taken already (a
     * collision: the caller draws another).
     */
    public boolean add(String token, Row row, Instant now, Instant until) {
        Objects.requireNonNull(token, "token");
        return jdbc.inTransaction(tx -> {
            tx.update("delete from bank_draft where expires_at <= ?", now.toEpochMilli());
            return tx.update(
                            "insert into bank_draft (token, community, question, answer, tags, expires_at)"
                                    + " values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                            token,
                            row.community(),
                            row.question(),
                            row.answer(),
                            row.tags(),
                            until.toEpochMilli())
                    == 1;
        });
    }

    /**
     * Replaces the draft under {@code token} with {@code row} until {@code until}, if the token holds
     * a draft of the same community or none (it expired and was deleted: kept again); a token of
     * another community is left alone.
     */
    public void put(String token, Row row, Instant until) {
        Objects.requireNonNull(token, "token");
        jdbc.inTransaction(tx -> {
            int updated = tx.update(
                    "update bank_draft set question = ?, answer = ?, tags = ?, expires_at = ?"
                            + " where token = ? and community = ?",
                    row.question(),
                    row.answer(),
                    row.tags(),
                    until.toEpochMilli(),
                    token,
                    row.community());
            if (updated == 0) {
                tx.update(
                        "insert into bank_draft (token, community, question, answer, tags, expires_at)"
                                + " values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                        token,
                        row.community(),
                        row.question(),
                        row.answer(),
                        row.tags(),
                        until.toEpochMilli());
            }
            return null;
        });
    }

    /** The draft under {@code token} if it was kept for {@code community} and expires after {@code now}. */
    public Optional<Row> find(String token, String community, Instant now) {
        return jdbc.queryOne(
                "select community, question, answer, tags from bank_draft"
                        + " where token = ? and community = ? and expires_at > ?",
                r -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                token,
                community,
                now.toEpochMilli());
    }
}
