package dev.wenda.bot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.Features;
import dev.wenda.search.Hit;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.SearchService;
import dev.wenda.search.Signals;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AskHandlerTest {
    private static final Origin ZH = new Origin(Platform.DISCORD, "g", "c", "u1", "Ann", Locale.CHINESE, false);
    private static final Origin EN = new Origin(Platform.SLACK, "T", "C", "u2", "Bo", Locale.ENGLISH, false);
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    private static SearchService search;
    private final InMemoryFeedbackSink feedback = new InMemoryFeedbackSink();
    private final AskHandler handler =
            new AskHandler(() -> search, NumericAnswerer.NONE, feedback, Clock.fixed(NOW, ZoneOffset.UTC));

    private static QaEntry entry(int n, String question, String answer, List<String> images, List<String> related) {
        return new QaEntry(
                "e" + n, question, answer, List.of(new SourceRef("bank", n, n)), List.of("卷积"), images, related);
    }

    @BeforeAll
    static void open() {
        ContentBank bank = new ContentBank(
                List.of(
                        entry(1, "解释感受野这一概念", "感受野是输出上一点对应的输入区域。", List.of("https://x.test/rf.png"), List.of("e2")),
                        entry(2, "感受野怎么计算", "逐层累乘步长。", List.of(), List.of()),
                        entry(3, "什么是dropout", "训练时随机丢弃神经元。", List.of(), List.of())),
                List.of(),
                "ask-test");
        search = SearchService.open(
                bank,
                SearchConfig.defaults().withDense(false),
                Optional.empty(),
                IndexProgress.NONE,
                FixtureDecisions.coverageOnly());
    }

    @AfterAll
    static void close() {
        search.close();
    }

    @Test
    @DisplayName("a clear question shows the entry with refs, images, related and feedback buttons")
    void ask_clearQuestion_showsTheEntry() {
        Reply reply = handler.handle(new ChatRequest.Ask(ZH, "dropout 是什么"));
        assertEquals("什么是dropout", reply.title());
        assertEquals("训练时随机丢弃神经元。", reply.markdown());
        assertEquals("来源: bank#3", reply.footer());
        assertEquals(
                List.of("feedback:up:e3", "feedback:down:e3"),
                reply.actions().stream().map(Reply.Action::id).toList());
    }

    @Test
    @DisplayName("each search records its latency and its decision in the metrics")
    void ask_recordsLatencyAndDecision() {
        PrometheusMetrics metrics = new PrometheusMetrics();
        long[] now = {0};
        AskHandler measured = new AskHandler(
                () -> search,
                NumericAnswerer.NONE,
                feedback,
                Clock.fixed(NOW, ZoneOffset.UTC),
                metrics,
                () -> now[0] += 4_000_000); // every reading 4 ms later
        measured.handle(new ChatRequest.Ask(ZH, "dropout 是什么"));
        measured.handle(new ChatRequest.Ask(EN, "how do I bake bread"));
        List<String> lines = metrics.scrape().lines().toList();
        assertTrue(lines.contains("wenda_decisions_total{outcome=\"answered\"} 1.0"), String.join("\n", lines));
        assertTrue(lines.contains("wenda_decisions_total{outcome=\"abstained\"} 1.0"), String.join("\n", lines));
        assertTrue(lines.contains("wenda_search_latency_seconds_count 2"));
        assertTrue(lines.contains("wenda_search_latency_seconds_sum 0.008"));
    }

    @Test
    @DisplayName("clicking ask:entry shows that entry with its near-duplicates as related buttons")
    void click_entry_showsIt() {
        Reply reply = handler.handle(new ChatRequest.Click(EN, "ask:entry:e1"));
        assertEquals("解释感受野这一概念", reply.title());
        assertEquals(List.of("https://x.test/rf.png"), reply.imageUrls());
        assertEquals("Source: bank#1", reply.footer());
        assertEquals(
                List.of("ask:entry:e2", "feedback:up:e1", "feedback:down:e1"),
                reply.actions().stream().map(Reply.Action::id).toList());
        assertEquals("感受野怎么计算", reply.actions().getFirst().label());
    }

    @Test
    @DisplayName("an unknown entry id is a private message, not an error")
    void click_unknownEntry_isPrivateMessage() {
        assertEquals(
                Reply.privateText("That entry is no longer in the bank."),
                handler.handle(new ChatRequest.Click(EN, "ask:entry:gone")));
    }

    @Test
    @DisplayName("feedback buttons record the verdict and thank the user privately")
    void click_feedback_isRecorded() {
        assertEquals(Reply.privateText("谢谢反馈！"), handler.handle(new ChatRequest.Click(ZH, "feedback:up:e1")));
        handler.handle(new ChatRequest.Click(EN, "feedback:down:e1"));
        assertEquals(1, feedback.helpful("e1"));
        assertEquals(1, feedback.notHelpful("e1"));
    }

    @Test
    @DisplayName("a question the bank cannot answer abstains, echoes it escaped and lists topics")
    void ask_unanswerable_abstains() {
        Reply zh = handler.handle(new ChatRequest.Ask(ZH, "今天天气怎么样 **!**"));
        assertEquals("题库里没有这个问题的答案", zh.title());
        assertEquals("没有找到能回答 “今天天气怎么样 \\*\\*\\!\\*\\*” 的条目。\n\n题库涵盖的主题： 卷积", zh.markdown());
        Reply en = handler.handle(new ChatRequest.Ask(EN, "hello"));
        assertEquals("The bank has no answer to that", en.title());
    }

    @Test
    @DisplayName("numeric questions are answered by the numeric module before search")
    void ask_numeric_goesFirst() {
        AskHandler withNumeric = new AskHandler(
                () -> {
                    throw new AssertionError("search must not be used");
                },
                (q, locale) -> Optional.of(Reply.text("RF = 7")),
                feedback,
                Clock.systemUTC());
        assertEquals(Reply.text("RF = 7"), withNumeric.handle(new ChatRequest.Ask(EN, "rf of three 3x3 convs")));
    }

    @Test
    @DisplayName("an empty question asks for one, privately")
    void ask_blank_isPrivateHint() {
        Reply reply = handler.handle(new ChatRequest.Ask(EN, "  "));
        assertTrue(reply.ephemeral());
        assertEquals("Please write a question, e.g. `/ask what is a receptive field`", reply.markdown());
    }

    @Test
    @DisplayName("did-you-mean lists the candidates with one primary button each")
    void candidates_listQuestionsWithButtons() {
        QaEntry a = entry(1, "解释感受野这一概念", "x", List.of(), List.of());
        QaEntry b = entry(2, "感受野怎么计算", "y", List.of(), List.of());
        Reply reply =
                AskReplies.candidates(candidates(SearchOutcome.Doubt.UNSURE, List.of(), List.of(), a, b), Messages.ZH);
        assertEquals("你是不是想问：", reply.title());
        assertEquals("题库里有几个相近的问题，点一个查看答案：\n\n1. 解释感受野这一概念\n2. 感受野怎么计算", reply.markdown());
        assertEquals(
                List.of(
                        new Reply.Action("ask:entry:e1", "解释感受野这一概念", Reply.Style.PRIMARY, false),
                        new Reply.Action("ask:entry:e2", "感受野怎么计算", Reply.Style.PRIMARY, false)),
                reply.actions());
    }

    private static SearchOutcome.Candidates candidates(
            SearchOutcome.Doubt doubt, List<String> topics, List<String> aspects, QaEntry... entries) {
        List<Hit> hits =
                java.util.Arrays.stream(entries).map(e -> new Hit(e, 1, 1, 0)).toList();
        Signals signals = new Signals(0.5, Features.NONE, aspects, topics);
        return new SearchOutcome.Candidates(hits, hits, signals, doubt);
    }

    @Test
    @DisplayName("a question on a covered topic but an aspect the bank lacks says so before the candidates")
    void candidates_aspect_namesTopicAndMissingAspect() {
        QaEntry a = entry(3, "什么是dropout", "x", List.of(), List.of());
        Reply zh = AskReplies.candidates(
                candidates(SearchOutcome.Doubt.ASPECT, List.of("dropout"), List.of("缺点", "公式"), a), Messages.ZH);
        assertEquals("题库讲到了dropout，但没有讲它的缺点、公式。最接近的条目：\n\n1. 什么是dropout", zh.markdown());
        Reply en = AskReplies.candidates(
                candidates(SearchOutcome.Doubt.ASPECT, List.of("dropout"), List.of("drawbacks"), a), Messages.EN);
        assertEquals(
                "The bank covers dropout, but not its drawbacks. The closest entries:\n\n1. 什么是dropout", en.markdown());
    }

    @Test
    @DisplayName("everyday chat gets who Wenda is and what it does")
    void chat_saysWhatWendaDoes() {
        Reply reply = AskReplies.chat(Messages.EN);
        assertEquals("Hi, I'm Wenda", reply.title());
        assertEquals(
                "I answer deep-learning interview questions from the study bank (try “what does BN do”), run timed"
                        + " quizzes in this channel, and work out receptive fields and conv costs. The help command lists"
                        + " everything.",
                reply.markdown());
        assertTrue(reply.actions().isEmpty());
    }

    @Test
    void label_cutsLongQuestionsToEightyCodePoints() {
        String label = AskReplies.label("长".repeat(100));
        assertEquals(80, label.codePointCount(0, label.length()));
        assertTrue(label.endsWith("…"));
    }
}
