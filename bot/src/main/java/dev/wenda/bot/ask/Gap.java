package dev.wenda.bot.ask;

import dev.wenda.bot.chat.Platform;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A question the bank did not answer well, kept for its community's gap report. Holds no user id.
 *
 * @param question the question as normalized for search (width, script, case, spacing)
 * @param entryId the entry a 👎 was given to; empty for the other kinds
 */
public record Gap(
        Platform platform,
        String community,
        String channel,
        String question,
        Kind kind,
        Optional<String> entryId,
        Instant at) {
    public Gap {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(at, "at");
    }

    /** Why the question is a gap. */
    public enum Kind {
        /** The bank offered candidates ("did you mean"). */
        DID_YOU_MEAN,
        /** The bank said it has no answer. */
        NO_ANSWER,
        /** Someone marked the answer not helpful; the question is the entry's. */
        THUMBS_DOWN
    }
}
