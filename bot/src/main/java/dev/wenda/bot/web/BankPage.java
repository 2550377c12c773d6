package dev.wenda.bot.web;

import dev.wenda.bot.store.WebReads;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.Hit;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.SearchService;
import java.util.List;
import java.util.Optional;

/**
 * The community's bank (the base entries it did not hide, and its own): browse its entries 25 a
 * page, or search them through the chat's search service and its decision (an answer, "did you mean", or nothing); each entry on its own page with its
 * Markdown answer, sources, tags, related entries and the community's 👍/👎.
 */
final class BankPage {
    private static final int PAGE_SIZE = 25;
    private final WebData data;
    private final EntryMarkdown markdown = new EntryMarkdown();

    BankPage(WebData data) {
        this.data = data;
    }

    PageResult list(View view, Grant grant) {
        SearchService search = data.search().get();
        String community = grant.community();
        String q = view.query().getOrDefault("q", "").strip();
        if (q.length() > SearchService.MAX_QUERY_CHARS) {
            q = q.substring(0, SearchService.MAX_QUERY_CHARS);
        }
        Html h = new Html();
        form(h, view, q);
        if (q.isEmpty()) {
            return browse(view, h, search.entries(community));
        }
        switch (search.search(community, q)) {
            case SearchOutcome.Answer a -> {
                h.element("h2", "", view.text("bank.answer"));
                hits(h, view, List.of(a.best()));
                if (!a.related().isEmpty()) {
                    h.element("h2", "", view.text("bank.related"));
                    hits(h, view, a.related());
                }
            }
            case SearchOutcome.Candidates c -> {
                h.element("h2", "", view.text("bank.didYouMean"));
                hits(h, view, c.candidates());
            }
            case SearchOutcome.Abstain a -> h.element("p", "empty", view.text("bank.noResults"));
        }
        return new PageResult.Page(view.text("bank.results", q), h);
    }

    PageResult entry(View view, Grant grant, String id) {
        SearchService search = data.search().get();
        Optional<QaEntry> found = search.entry(grant.community(), id);
        if (found.isEmpty()) {
            return PageResult.notFound(view, "error.noEntry");
        }
        // An alternate wording's page is the page of the entry it answers from, with that entry's votes.
        QaEntry e = search.cited(grant.community(), found.get());
        WebReads.EntryVotes votes = data.reads().votes(grant.platform(), grant.community(), e.id());
        Html h = new Html();
        h.element("p", "votes", view.text("bank.votes", votes.helpful(), votes.notHelpful()));
        h.raw("<div class=\"answer\">").raw(markdown.html(e.answer())).raw("</div>");
        data.credits()
                .of(grant.community(), e)
                .ifPresent(c -> h.element(
                        "p",
                        "licence",
                        c.licence().isBlank()
                                ? view.text("bank.deck.noLicence", c.deck())
                                : view.text("bank.deck.licence", c.deck(), c.licenceLine())));
        h.element("h2", "", view.text("bank.sources")).open("ul", "sources");
        for (SourceRef ref : e.refs()) {
            h.element("li", "", ref.key());
        }
        h.close("ul");
        if (!e.tags().isEmpty()) {
            h.element("h2", "", view.text("bank.tags")).element("p", "tags", String.join(" · ", e.tags()));
        }
        List<QaEntry> related = e.related().stream()
                .map(ref -> search.entry(grant.community(), ref))
                .flatMap(Optional::stream)
                .toList();
        if (!related.isEmpty()) {
            h.element("h2", "", view.text("bank.related")).open("ul", "related");
            for (QaEntry r : related) {
                h.open("li", "")
                        .link(view.href("bank/" + View.segment(r.id())), r.question())
                        .close("li");
            }
            h.close("ul");
        }
        return new PageResult.Page(e.question(), h);
    }

    private PageResult browse(View view, Html h, List<QaEntry> entries) {
        String pageText = view.query().getOrDefault("page", "1");
        if (!pageText.matches("[1-9][0-9]{0,5}")) {
            return new PageResult.Refused(400, view.text("error.badParameter", "page", pageText));
        }
        int page = Integer.parseInt(pageText);
        int from = Math.min((page - 1) * PAGE_SIZE, entries.size());
        int to = Math.min(from + PAGE_SIZE, entries.size());
        h.element("p", "meta", view.text("bank.count", entries.size()));
        h.open("ul", "entries");
        for (QaEntry e : entries.subList(from, to)) {
            h.open("li", "")
                    .link(view.href("bank/" + View.segment(e.citedId())), e.question())
                    .close("li");
        }
        h.close("ul").open("nav", "pages");
        if (page > 1) {
            h.link(view.href("bank", "page", Integer.toString(page - 1)), view.text("page.previous"));
        }
        h.element("span", "", view.text("page.of", page));
        if (to < entries.size()) {
            h.link(view.href("bank", "page", Integer.toString(page + 1)), view.text("page.next"));
        }
        h.close("nav");
        return new PageResult.Page(view.text("bank.title"), h);
    }

    private static void hits(Html h, View view, List<Hit> hits) {
        h.open("ul", "entries");
        for (Hit hit : hits) {
            h.open("li", "")
                    .link(
                            view.href("bank/" + View.segment(hit.entry().citedId())),
                            hit.entry().question());
            h.close("li");
        }
        h.close("ul");
    }

    private static void form(Html h, View view, String q) {
        h.raw("<form class=\"search\" method=\"get\" role=\"search\" action=\"")
                .text(view.base() + "/bank")
                .raw("\">");
        view.token().ifPresent(t -> h.raw("<input type=\"hidden\" name=\"t\" value=\"")
                .text(t)
                .raw("\">"));
        h.raw("<input type=\"hidden\" name=\"lang\" value=\"")
                .text(view.texts().lang().code())
                .raw("\">");
        h.raw("<label>").element("span", "visually-hidden", view.text("bank.searchLabel"));
        h.raw("<input type=\"search\" name=\"q\" maxlength=\"512\" value=\"")
                .text(q)
                .raw("\"></label>");
        h.element("button", "", view.text("bank.search")).raw("</form>");
    }
}
