package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.fuzz.Hostile;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The neutral replies that echo hostile user text (usage errors, topics, group and display names,
 * calc errors, reveals, scoreboards, leaderboards) keep it literal: no Markdown or HTML from the
 * user takes effect and no invisible or bidirectional control character survives.
 */
class HostileRepliesTest {
    static final List<String> SAMPLES = Hostile.SAMPLES;
    private static final Parser MARKDOWN = Parser.builder().build();
    private static HostileSession session;

    @BeforeAll
    static void open() {
        session = new HostileSession();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    @DisplayName("hostile text echoed in any reply is shown literally, without control characters")
    void hostileText_everyReply_showsItLiterally(String hostile) {
        List<Reply> replies = session.replies(hostile, Platform.CONSOLE);
        assertTrue(replies.size() > 20, () -> "only " + replies.size() + " replies");
        for (Reply reply : replies) {
            for (String text : texts(reply)) {
                assertFalse(
                        text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.FORMAT),
                        () -> "invisible character in: " + text);
            }
            List<String> effects = userMarkup(reply.markdown());
            assertEquals(List.of(), effects, reply::markdown);
        }
    }

    @Test
    @DisplayName("a display name with Markdown and mentions is escaped in the round's start line")
    void hostileDisplayName_startLine_escaped() {
        List<Reply> replies = session.replies("**x** <@123>", Platform.CONSOLE);
        assertTrue(
                replies.stream().anyMatch(r -> r.markdown()
                        .equals("\\*\\*x\\*\\* \\<\\@123\\> started a quiz: all topics, 1 questions, 30 s each.")),
                () -> replies.stream().map(Reply::markdown).toList().toString());
    }

    private static List<String> texts(Reply reply) {
        List<String> texts = new ArrayList<>(List.of(reply.title(), reply.markdown(), reply.footer()));
        reply.fields().forEach(f -> texts.addAll(List.of(f.name(), f.value())));
        reply.actions().forEach(a -> texts.add(a.label()));
        return texts;
    }

    /** Markup that can only have come from the hostile samples: links, HTML, headings, quotes, bold "x". */
    private static List<String> userMarkup(String markdown) {
        List<String> found = new ArrayList<>();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add("link " + link.getDestination());
            }

            @Override
            public void visit(Image image) {
                found.add("image " + image.getDestination());
            }

            @Override
            public void visit(HtmlInline html) {
                found.add("html " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                found.add("html " + html.getLiteral());
            }

            @Override
            public void visit(Heading heading) {
                found.add("heading");
            }

            @Override
            public void visit(BlockQuote quote) {
                visitChildren(quote);
            }

            @Override
            public void visit(StrongEmphasis strong) {
                if (strong.getFirstChild() instanceof Text t && t.getLiteral().equals("x")) {
                    found.add("bold x");
                }
                visitChildren(strong);
            }
        });
        return found;
    }
}
