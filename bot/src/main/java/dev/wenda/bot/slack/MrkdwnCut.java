package dev.wenda.bot.slack;

import dev.wenda.bot.chat.Paging;

/**
 * Where a mrkdwn line too long for one section may be cut ({@link Paging.Cut}):
 * never inside an entity such as {@code &amp;} or a {@code <url|text>} link, nor between the halves
 * of a surrogate pair; at a space when there is one in the second half.
 */
final class MrkdwnCut {
    private MrkdwnCut() {}

    /** The largest cut position ≤ limit that does not split an entity, a link or a surrogate pair. */
    static int at(String text, int limit) {
        int cut = limit;
        int open = Math.max(text.lastIndexOf('&', cut - 1), text.lastIndexOf('<', cut - 1));
        if (open > 0) {
            char opener = text.charAt(open);
            int close = text.indexOf(opener == '&' ? ';' : '>', open);
            if (close < 0 || close >= cut) {
                cut = open;
            }
        }
        int space = text.lastIndexOf(' ', cut - 1);
        if (space > cut / 2) {
            cut = space + 1;
        }
        return Paging.safe(text, cut);
    }
}
