package dev.wenda.bot.ask;

/** Makes an asked wording an alternate question of an entry of a community's bank. */
@FunctionalInterface
public interface QuestionLinker {
    /**
     * @return the reply's text: what was linked, or why not
     * @param texts the admin's language
     */
    String link(String community, String question, String entryId, dev.wenda.bot.chat.Messages texts);

    /** For services built without a store: says linking is unavailable. */
    QuestionLinker NONE = (community, question, entryId, texts) -> texts.text("bank.link.unavailable");
}
