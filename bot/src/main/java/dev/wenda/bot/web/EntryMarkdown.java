package dev.wenda.bot.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * An entry's answer as HTML: CommonMark, with any raw HTML in the text escaped (shown, never
 * run) and link and image addresses limited to safe schemes ({@code javascript:} and the like are
 * dropped). Links leave without a referrer.
 */
final class EntryMarkdown {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (tag.equals("a")) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    String html(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
