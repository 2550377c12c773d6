package dev.wenda.bot.web;

/**
 * A page being written: text goes in escaped ({@link #text}), markup only from constants of this
 * package ({@link #raw}). Attribute values are escaped too, so nothing a user typed can open a tag
 * or an attribute.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /** Escapes {@code s} for text and for double-quoted attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}; {@code cls} may be empty. */
    Html element(String tag, String cls, String text) {
        open(tag, cls);
        text(text);
        return raw("</" + tag + ">");
    }

    Html open(String tag, String cls) {
        out.append('<').append(tag);
        if (!cls.isEmpty()) {
            out.append(" class=\"").append(escape(cls)).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        return raw("</" + tag + ">");
    }

    /** {@code <a href="href">text</a>}. */
    Html link(String href, String text) {
        return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
