package dev.wenda.bot.web;

/** The frame of every page: head, navigation, language switch, then the page's own body. */
final class Layout {
    static final String CSS_PATH = "/static/wenda.css";

    private Layout() {}

    static String page(View view, String title, Html body) {
        Html h = new Html();
        h.raw("<!doctype html>\n<html lang=\"")
                .raw(view.texts().lang() == WebTexts.Lang.ZH ? "zh-CN" : "en")
                .raw("\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<meta name=\"referrer\" content=\"no-referrer\"><link rel=\"icon\" href=\"data:,\"><title>")
                .text(title)
                .raw(" · ")
                .text(view.text("site.name"))
                .raw("</title><link rel=\"stylesheet\" href=\"" + CSS_PATH + "\"></head><body><header>")
                .element("span", "brand", view.text("site.name"));
        h.open("nav", "");
        view.grant().ifPresent(grant -> {
            h.link(view.href("boards"), view.text("nav.boards"));
            h.link(view.href("player/me"), view.text("nav.me"));
            h.link(view.href("bank"), view.text("nav.bank"));
            if (grant.access() == Grant.Access.ADMIN) {
                h.link(view.href("admin/feedback"), view.text("nav.admin"));
                h.link(view.href("admin/gaps"), view.text("nav.gaps"));
            }
        });
        h.raw("<a class=\"lang\" hreflang=\"")
                .raw(view.texts().lang().other().code())
                .raw("\" href=\"")
                .text(view.switchLanguage())
                .raw("\">")
                .text(view.text("lang.switch"))
                .raw("</a>");
        h.close("nav").raw("</header><main>").element("h1", "", title);
        return h.raw(body.toString()).raw("</main></body></html>\n").toString();
    }
}
