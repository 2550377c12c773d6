package dev.wenda.bot.ask;

import dev.wenda.bot.chat.Messages;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.Signals;
import java.util.Optional;

/**
 * What a reply says about why the bank offers candidates: for a question whose topic the bank
 * covers but not the aspect asked, "the bank covers dropout, but not its 缺点", in the asker's own
 * words for both.
 */
public final class Doubts {
    private Doubts() {}

    /** The aspect sentence with {@code key} ({0} topics, {1} aspects), when the doubt is an aspect. */
    public static Optional<String> aspect(SearchOutcome.Candidates candidates, Messages texts, String key) {
        Signals s = candidates.signals();
        if (candidates.doubt() != SearchOutcome.Doubt.ASPECT
                || s.coveredTopics().isEmpty()
                || s.missingAspects().isEmpty()) {
            return Optional.empty();
        }
        String separator = texts.text("list.separator");
        return Optional.of(
                texts.text(key, String.join(separator, s.coveredTopics()), String.join(separator, s.missingAspects())));
    }
}
