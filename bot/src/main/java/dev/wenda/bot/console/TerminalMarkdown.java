package dev.wenda.bot.console;

import dev.wenda.bot.chat.Body;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders CommonMark for a terminal by walking the commonmark AST: no Markdown markers are left.
 * Bold and headings are ANSI bold when {@code ansi} is on (a real terminal) and plain otherwise;
 * code blocks are indented four spaces so tables stay aligned; lists get {@code •} or numbers;
 * quotes get {@code │}; links show their address in brackets; escapes ({@code \*}) are undone. A
 * {@link Body.Channel} is written {@code #ID}.
 */
final class TerminalMarkdown {
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";
    private static final String CODE_INDENT = "    ";
    private static final String LIST_INDENT = "  ";

    private final Parser parser = Parser.builder().build();
    private final boolean ansi;

    TerminalMarkdown(boolean ansi) {
        this.ansi = ansi;
    }

    /** {@link #render(String)} of a body, each channel written {@code #ID}. */
    String render(Body body) {
        Body.Tokens tokens = body.tokens();
        return tokens.restore(render(TerminalText.strip(tokens.markdown())), channel -> "#" + channel.id());
    }

    /** The text of {@code markdown}, blocks separated by a blank line, without a final newline. */
    String render(String markdown) {
        return children(parser.parse(markdown), "\n\n");
    }

    private String block(Node node) {
        return switch (node) {
            case Paragraph p -> inline(p);
            case Heading h -> bold(inline(h));
            case ListBlock list -> list(list);
            case FencedCodeBlock code -> codeBlock(code.getLiteral());
            case IndentedCodeBlock code -> codeBlock(code.getLiteral());
            case BlockQuote quote -> "│ " + children(quote, "\n\n").replace("\n", "\n│ ");
            case ThematicBreak ignored -> "───";
            case HtmlBlock html -> html.getLiteral().strip();
            default -> children(node, "\n\n");
        };
    }

    private String children(Node parent, String separator) {
        List<String> parts = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            String text = block(child);
            if (!text.isBlank()) {
                parts.add(text);
            }
        }
        return String.join(separator, parts);
    }

    private String list(ListBlock list) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber()
                : 1;
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof OrderedList ? (number++) + ". " : "• ";
            String body = item instanceof ListItem ? children(item, "\n") : block(item);
            items.add(marker + body.replace("\n", "\n" + LIST_INDENT));
        }
        return String.join("\n", items);
    }

    private String codeBlock(String literal) {
        String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        return CODE_INDENT + body.replace("\n", "\n" + CODE_INDENT);
    }

    private String bold(String text) {
        return ansi ? BOLD + text + RESET : text;
    }

    private String inline(Node parent) {
        StringBuilder out = new StringBuilder();
        inline(parent, out);
        return out.toString();
    }

    private void inline(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> out.append(t.getLiteral());
                case Code c -> out.append(ansi ? DIM + c.getLiteral() + RESET : c.getLiteral());
                case StrongEmphasis s -> out.append(bold(inline(s)));
                case Emphasis e -> inline(e, out);
                case Link link -> linked(link.getDestination(), link, out);
                case Image image -> linked(image.getDestination(), image, out);
                case SoftLineBreak ignored -> out.append('\n');
                case HardLineBreak ignored -> out.append('\n');
                case HtmlInline html -> out.append(html.getLiteral());
                default -> inline(node, out);
            }
        }
    }

    private void linked(String destination, Node label, StringBuilder out) {
        String text = inline(label);
        out.append(text);
        if (destination != null && !destination.isBlank() && !destination.equals(text)) {
            out.append(" (").append(destination).append(')');
        }
    }
}
