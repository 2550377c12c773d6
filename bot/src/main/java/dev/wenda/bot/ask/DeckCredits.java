package dev.wenda.bot.ask;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.UserText;
import dev.wenda.content.QaEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a cited entry of a community's imported deck came from: the deck's name and licence, shown
 * beside the entry wherever it is cited (an ask reply, the web's entry page).
 */
public interface DeckCredits {
    /** The longest licence text shown; a longer one is cut with an ellipsis. */
    int MAX_LICENCE = 120;

    /** The deck and licence of {@code entry} in {@code community}'s bank; empty for other entries. */
    Optional<Credit> of(String community, QaEntry entry);

    /** An imported deck's name and licence text (empty when its importer gave none). */
    record Credit(String deck, String licence) {
        public Credit {
            Objects.requireNonNull(deck, "deck");
            Objects.requireNonNull(licence, "licence");
        }

        /**
         * "From deck NAME — licence: TEXT" in the reader's language, as Markdown: the name and the
         * licence escaped, the licence on one line and cut to {@value #MAX_LICENCE} characters.
         */
        public String markdown(Messages texts) {
            String deck = UserText.quote(this.deck, UserText.MAX_NAME);
            return licence.isBlank()
                    ? texts.text("ask.deck.noLicence", deck)
                    : texts.text("ask.deck.licence", deck, UserText.quote(licence.strip(), MAX_LICENCE));
        }

        /** The licence on one line, cut to {@value #MAX_LICENCE} characters, not escaped (for HTML). */
        public String licenceLine() {
            return UserText.literal(licence.strip(), MAX_LICENCE);
        }
    }

    /** No deck credits (no community banks). */
    DeckCredits NONE = (community, entry) -> Optional.empty();
}
