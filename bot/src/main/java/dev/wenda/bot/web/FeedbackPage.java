package dev.wenda.bot.web;

import dev.wenda.bot.store.WebReads;
import dev.wenda.content.QaEntry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Admin page: the community's entries with the most 👎, with where each comes from so it can be fixed. */
final class FeedbackPage {
    private static final int SHOWN = 50;
    private final WebData data;

    FeedbackPage(WebData data) {
        this.data = data;
    }

    PageResult render(View view, Grant grant) {
        List<WebReads.EntryVotes> votes = data.reads().mostDisliked(grant.platform(), grant.community(), SHOWN);
        Html h = new Html();
        if (votes.isEmpty()) {
            h.element("p", "empty", view.text("admin.feedback.none"));
            return new PageResult.Page(view.text("admin.feedback.title"), h);
        }
        Map<String, QaEntry> entries = data.bank().get().entries().stream()
                .collect(Collectors.toMap(QaEntry::id, Function.identity(), (a, b) -> a));
        h.raw("<div class=\"scroll\"><table><thead><tr>");
        h.element("th", "", view.text("admin.feedback.col.entry"));
        h.element("th", "num", view.text("admin.feedback.col.down"));
        h.element("th", "num", view.text("admin.feedback.col.up"));
        h.element("th", "", view.text("admin.feedback.col.source"));
        h.raw("</tr></thead><tbody>");
        for (WebReads.EntryVotes v : votes) {
            QaEntry entry = entries.get(v.entryId());
            h.raw("<tr>");
            h.element("td", "", entry == null ? v.entryId() : entry.question());
            h.element("td", "num", Integer.toString(v.notHelpful()));
            h.element("td", "num", Integer.toString(v.helpful()));
            h.element("td", "source", entry == null ? "-" : entry.primaryRef().toString());
            h.raw("</tr>");
        }
        h.raw("</tbody></table></div>");
        return new PageResult.Page(view.text("admin.feedback.title"), h);
    }
}
