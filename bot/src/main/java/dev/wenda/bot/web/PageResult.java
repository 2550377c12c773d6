package dev.wenda.bot.web;

/** What a page handler produced: the page, or a refusal with its status and sentence. */
sealed interface PageResult {
    record Page(String title, Html body) implements PageResult {}

    record Refused(int status, String message) implements PageResult {}

    static PageResult notFound(View view, String key, Object... args) {
        return new Refused(404, view.text(key, args));
    }
}
