package dev.wenda.bot.admin;

import dev.wenda.content.ContentBank;

/**
 * Something that serves the Q&A content and can take a new bank in one step: the search index,
 * the quiz's question pool. A swap either completes or throws and leaves the old content serving.
 */
@FunctionalInterface
public interface ContentTarget {
    void swap(ContentBank bank);
}
