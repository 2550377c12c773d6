package dev.wenda.bot.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Deck imports' dry runs waiting for their Confirm / Cancel buttons, shared by every process on the
 * database. A dry run is taken once: {@link #take} deletes its row, and only the caller whose delete
 * touched the row gets it, so a double press or presses on two processes import once.
 */
public final class DeckDryRuns {
    private final Jdbc jdbc;

    public DeckDryRuns(Database database) {
        this.jdbc = Objects.requireNonNull(database, "database").jdbc();
    }

    /**
     * One dry run: what its confirm imports.
     *
     * @param deck the deck name the dry run showed
     * @param bytes the uploaded file as read (within the deck file limit)
     */
    public record Pending(String community, String deck, String fileName, byte[] bytes, String source, String licence) {
        public Pending {
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(deck, "deck");
            Objects.requireNonNull(fileName, "fileName");
            bytes = Objects.requireNonNull(bytes, "bytes").clone();
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(licence, "licence");
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pending p
                    && community.equals(p.community)
                    && deck.equals(p.deck)
                    && fileName.equals(p.fileName)
                    && Arrays.equals(bytes, p.bytes)
                    && source.equals(p.source)
                    && licence.equals(p.licence);
        }

        @Override
        public int hashCode() {
            return Objects.hash(community, deck, fileName, Arrays.hashCode(bytes), source, licence);
        }

        @Override
        public String toString() {
            return "Pending[" + community + ", " + deck + ", " + fileName + ", " + bytes.length + " bytes]";
        }
    }

    /**
     * Keeps {@code pending} under {@code token} until {@code until}; deletes the dry runs expired at
     * {@code now}, and the oldest beyond the newest {@code max}.
     */
    public void keep(String token, Pending pending, Instant until, Instant now, int max) {
        Objects.requireNonNull(token, "token");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        jdbc.inTransaction(tx -> {
            tx.update("delete from deck_dry_run where expires_at <= ?", now.toEpochMilli());
            tx.update(
                    "insert into deck_dry_run (token, community, deck, file_name, bytes, source, licence, expires_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    token,
                    pending.community(),
                    pending.deck(),
                    pending.fileName(),
                    pending.bytes,
                    pending.source(),
                    pending.licence(),
                    until.toEpochMilli());
            tx.update(
                    "delete from deck_dry_run where seq in"
                            + " (select seq from deck_dry_run order by seq desc offset ? rows)",
                    max);
            return null;
        });
    }

    /**
     * Takes the dry run under {@code token} kept for {@code community}: present only for the one
     * caller that deleted its row, and only if it had not expired at {@code now}.
     */
    public Optional<Pending> take(String token, String community, Instant now) {
        Optional<Stored> stored = jdbc.queryOne(
                "select community, deck, file_name, bytes, source, licence, expires_at from deck_dry_run"
                        + " where token = ? and community = ?",
                r -> new Stored(
                        new Pending(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getBytes(4),
                                r.getString(5),
                                r.getString(6)),
                        r.getLong(7)),
                token,
                community);
        if (stored.isEmpty()
                || jdbc.update("delete from deck_dry_run where token = ? and community = ?", token, community) != 1) {
            return Optional.empty();
        }
        return stored.get().expiresAt() > now.toEpochMilli()
                ? Optional.of(stored.get().pending())
                : Optional.empty();
    }

    private record Stored(Pending pending, long expiresAt) {}
}
