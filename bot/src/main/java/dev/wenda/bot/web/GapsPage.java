package dev.wenda.bot.web;

import dev.wenda.bot.admin.GapGroups;
import dev.wenda.bot.admin.GapReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Admin page: the community's knowledge gaps (questions answered with "did you mean", with nothing,
 * or voted 👎) grouped by meaning as {@code wenda admin gaps} groups them, largest group first, each
 * example linked to the bank search for it. The grouping is {@link GapGroups}', reused until a new
 * gap arrives.
 */
final class GapsPage {
    static final int GROUPS = 50;

    private final WebData data;

    GapsPage(WebData data) {
        this.data = data;
    }

    PageResult render(View view, Grant grant) {
        // Two platforms may share a community id: only this platform's gaps.
        GapGroups.Grouping grouping = data.gapGroups().of(Optional.of(grant.platform()), grant.community());
        Html h = new Html();
        if (grouping.gaps() == 0) {
            h.element("p", "empty", view.text("admin.gaps.none"));
            return new PageResult.Page(view.text("admin.gaps.title"), h);
        }
        List<GapReport.Group> groups = grouping.top(GROUPS);
        h.element("p", "", view.text("admin.gaps.intro", grouping.gaps(), groups.size()));
        h.raw("<div class=\"scroll\"><table class=\"gaps\"><thead><tr>");
        h.element("th", "num", view.text("admin.gaps.col.count"));
        h.element("th", "", view.text("admin.gaps.col.examples"));
        h.element("th", "", view.text("admin.gaps.col.kinds"));
        h.raw("</tr></thead><tbody>");
        for (GapReport.Group group : groups) {
            h.raw("<tr>");
            h.element("td", "num", Integer.toString(group.count()));
            h.open("td", "").open("ul", "examples");
            for (String example : group.examples()) {
                h.open("li", "").link(view.href("bank", "q", example), example).close("li");
            }
            h.close("ul").close("td");
            h.element("td", "", kinds(view, group.decisions()));
            h.raw("</tr>");
        }
        h.raw("</tbody></table></div>");
        return new PageResult.Page(view.text("admin.gaps.title"), h);
    }

    /** "no answer 4, did you mean 2": the kinds in a fixed order. */
    private static String kinds(View view, Map<String, Integer> decisions) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(decisions).forEach((decision, n) -> {
            if (!text.isEmpty()) {
                text.append(view.text("admin.gaps.separator"));
            }
            text.append(view.text("admin.gaps.kind." + decision.toLowerCase(Locale.ROOT), n));
        });
        return text.toString();
    }
}
