package dev.wenda.bot.discord;

import dev.wenda.bot.chat.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Converts the bot's CommonMark into the subset Discord renders: bold, italics, lists, code,
 * quotes and links. Headings become bold lines, indented code becomes fenced code, thematic breaks
 * are dropped, and images are taken out of the text so the caller can show them as embed images.
 * Parsing and printing are commonmark-java's; this class only rewrites the tree. A {@link
 * Body.Channel} becomes a channel mention {@code <#ID>}, written after the conversion.
 */
final class DiscordMarkdown {
    private final Parser parser = Parser.builder().build();
    private final MarkdownRenderer renderer = MarkdownRenderer.builder().build();

    /** The converted text as top-level blocks (paragraphs, lists, code blocks), and the image URLs. */
    record Converted(List<String> blocks, List<String> imageUrls) {
        Converted {
            blocks = List.copyOf(blocks);
            imageUrls = List.copyOf(imageUrls);
        }

        String text() {
            return String.join("\n\n", blocks);
        }
    }

    /** {@link #convert(String)} of a body, each channel a Discord channel mention. */
    Converted convert(Body body) {
        Body.Tokens tokens = body.tokens();
        Converted converted = convert(tokens.markdown());
        return new Converted(
                converted.blocks().stream()
                        .map(block -> tokens.restore(block, channel -> "<#" + channel.id() + ">"))
                        .toList(),
                converted.imageUrls());
    }

    Converted convert(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        Node document = parser.parse(markdown);
        Rewriter rewriter = new Rewriter();
        document.accept(rewriter);
        List<String> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            String text = renderer.render(block).strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return new Converted(blocks, rewriter.images);
    }

    /** Rewrites the nodes Discord cannot show; collects web images. */
    private static final class Rewriter extends AbstractVisitor {
        private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
        private static final Pattern IMAGE =
                Pattern.compile("(?i)<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>");
        private final List<String> images = new ArrayList<>();

        @Override
        public void visit(Image image) {
            addImage(image.getDestination());
            image.unlink();
        }

        private void addImage(String url) {
            if (url.startsWith("https://") || url.startsWith("http://")) {
                images.add(url);
            }
        }

        @Override
        public void visit(Heading heading) {
            visitChildren(heading);
            StrongEmphasis strong = new StrongEmphasis("**");
            moveChildren(heading, strong);
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(strong);
            heading.insertBefore(paragraph);
            heading.unlink();
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            FencedCodeBlock fenced = new FencedCodeBlock();
            fenced.setFenceCharacter("`");
            fenced.setOpeningFenceLength(3);
            fenced.setClosingFenceLength(3);
            fenced.setFenceIndent(0);
            fenced.setLiteral(code.getLiteral());
            code.insertBefore(fenced);
            code.unlink();
        }

        /** Discord shows HTML literally: a {@code <br>} becomes a line break, an {@code <img>} an image. */
        @Override
        public void visit(HtmlInline html) {
            String literal = html.getLiteral();
            if (BREAK.matcher(literal).matches()) {
                // Spaces around the break would be printed as entities, which Discord shows verbatim.
                if (html.getPrevious() instanceof Text before) {
                    before.setLiteral(before.getLiteral().stripTrailing());
                }
                if (html.getNext() instanceof Text after) {
                    after.setLiteral(after.getLiteral().stripLeading());
                }
                html.insertBefore(new HardLineBreak());
                html.unlink();
                return;
            }
            Matcher image = IMAGE.matcher(literal);
            if (image.matches()) {
                addImage(image.group(1));
                html.unlink();
            }
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            thematicBreak.unlink();
        }

        @Override
        protected void visitChildren(Node parent) {
            // Children may unlink themselves while visited: read the next sibling first.
            Node node = parent.getFirstChild();
            while (node != null) {
                Node next = node.getNext();
                node.accept(this);
                node = next;
            }
        }

        private static void moveChildren(Node from, Node to) {
            Node child = from.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                to.appendChild(child);
                child = next;
            }
        }
    }
}
