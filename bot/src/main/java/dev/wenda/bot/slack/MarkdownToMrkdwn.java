package dev.wenda.bot.slack;

import dev.wenda.bot.chat.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * Converts CommonMark to Slack's mrkdwn by walking the commonmark AST: {@code **b**} → {@code *b*},
 * {@code _i_} stays, lists get {@code •}/{@code 1.} markers, code spans and fenced blocks keep their
 * backticks, links become {@code <url|text>}. Every literal is escaped with {@link SlackEscape}, so
 * text can never turn into a mention. A {@link Body.Channel} is the one exception: it becomes Slack's
 * channel link {@code <#ID>}, written after the escaping.
 *
 * <p>Slack only recognises {@code *bold*} when the markers sit at a word boundary; Chinese text has
 * no spaces, so a zero-width space is put between a marker and an adjacent letter.
 */
final class MarkdownToMrkdwn {
    private static final String LIST_INDENT = "    ";
    static final char ZWSP = '\u200B';
    private static final Pattern WEB_LINK = Pattern.compile("(?i)(?:https?://|mailto:)");

    private final Parser parser = Parser.builder().build();

    /** The top-level blocks (paragraphs, lists, code blocks) in order; callers join them with a blank line. */
    List<String> blocks(String markdown) {
        List<String> out = new ArrayList<>();
        for (Node block = parser.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            String text = block(block);
            if (!text.isBlank()) {
                out.add(text);
            }
        }
        return out;
    }

    /** The whole text as one mrkdwn string. */
    String convert(String markdown) {
        return String.join("\n\n", blocks(markdown));
    }

    /** {@link #blocks(String)} of a body, each channel a Slack channel link. */
    List<String> blocks(Body body) {
        Body.Tokens tokens = body.tokens();
        return blocks(tokens.markdown()).stream()
                .map(block -> tokens.restore(block, MarkdownToMrkdwn::channelLink))
                .toList();
    }

    /** {@link #convert(String)} of a body, each channel a Slack channel link. */
    String convert(Body body) {
        return String.join("\n\n", blocks(body));
    }

    /** Slack shows {@code <#C123>} as a link to the channel, in the reader's own view of its name. */
    private static String channelLink(Body.Channel channel) {
        return "<#" + channel.id() + ">";
    }

    private String block(Node node) {
        return switch (node) {
            case Paragraph p -> inline(p);
            case Heading h -> "*" + inline(h) + "*";
            case ListBlock list -> list(list);
            case FencedCodeBlock code -> codeBlock(code.getLiteral());
            case IndentedCodeBlock code -> codeBlock(code.getLiteral());
            case BlockQuote quote -> "> " + children(quote, "\n\n").replace("\n", "\n> ");
            case ThematicBreak ignored -> "───";
            case HtmlBlock html -> SlackEscape.escape(html.getLiteral().strip());
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

    /** A list relative to column 0; a nested list is indented with its item's continuation lines. */
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

    private static String codeBlock(String literal) {
        String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        return "```\n" + SlackEscape.escape(body) + "\n```";
    }

    private static String inline(Node parent) {
        Inline out = new Inline();
        out.children(parent);
        return out.text.toString();
    }

    /** Inline rendering into one buffer, tracking where a zero-width space is needed. */
    private static final class Inline {
        private final StringBuilder text = new StringBuilder();
        private boolean closedMarker;

        void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                node(child);
            }
        }

        void node(Node node) {
            switch (node) {
                case Text t -> literal(SlackEscape.escape(t.getLiteral()));
                case Code c -> marked("`", () -> literal(SlackEscape.escape(c.getLiteral())));
                case Emphasis e -> marked("_", () -> children(e));
                case StrongEmphasis s -> marked("*", () -> children(s));
                case Link link -> link(link.getDestination(), link);
                case Image image -> link(image.getDestination(), image);
                case SoftLineBreak ignored -> literal("\n");
                case HardLineBreak ignored -> literal("\n");
                case HtmlInline html -> literal(SlackEscape.escape(html.getLiteral()));
                default -> children(node);
            }
        }

        private void link(String destination, Node label) {
            // Only web and mail links: Slack reads <!channel|x>, <@U1|x> or <#C1|x> as a mention.
            if (destination == null || !WEB_LINK.matcher(destination).lookingAt()) {
                children(label);
                return;
            }
            literal("<" + SlackEscape.escape(destination).replace("|", "%7C"));
            int start = text.length();
            children(label);
            if (text.length() > start) {
                text.insert(start, '|');
            }
            text.append('>');
        }

        private void marked(String marker, Runnable content) {
            if (!text.isEmpty() && isWordChar(text.charAt(text.length() - 1))) {
                text.append(ZWSP);
            }
            closedMarker = false;
            text.append(marker);
            content.run();
            text.append(marker);
            closedMarker = true;
        }

        private void literal(String s) {
            if (closedMarker && !s.isEmpty() && isWordChar(s.charAt(0))) {
                text.append(ZWSP);
            }
            closedMarker = false;
            text.append(s);
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c);
        }
    }
}
