package dev.wenda.bot.ask;

import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.ops.Metrics;
import dev.wenda.content.QaEntry;
import dev.wenda.search.Hit;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.SearchService;
import dev.wenda.search.TextNormalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The ask flow: a question becomes the bank's answer, a "did you mean" list, or an honest "the
 * bank has no answer" with the topics it covers. Numeric questions go to the numeric module first.
 * Handles the buttons it sends: {@code ask:entry:<id>} shows that entry, {@code feedback:up:<id>}
 * and {@code feedback:down:<id>} record feedback. Replies are Chinese for {@code zh} users.
 */
public final class AskHandler implements ChatService {
    static final int MAX_RELATED = 3;

    private final Supplier<SearchService> search;
    private final NumericAnswerer numeric;
    private final FeedbackSink feedback;
    private final Clock clock;
    private final Metrics metrics;
    private final LongSupplier nanoTime;
    private final GapSink gaps;
    private final QuestionLinks links;
    private final QuestionLinker linker;
    private final BankDrafts drafts;
    private final DeckCredits credits;
    private final TextNormalizer normalizer = new TextNormalizer();

    /** @param search the search service, fetched on first use (the index loads lazily) */
    public AskHandler(Supplier<SearchService> search, NumericAnswerer numeric, FeedbackSink feedback, Clock clock) {
        this(search, numeric, feedback, clock, Metrics.none(), System::nanoTime);
    }

    /**
     * @param metrics receives each search's latency and decision
     * @param nanoTime a monotonic clock for the latency ({@code System::nanoTime})
     */
    public AskHandler(
            Supplier<SearchService> search,
            NumericAnswerer numeric,
            FeedbackSink feedback,
            Clock clock,
            Metrics metrics,
            LongSupplier nanoTime) {
        this(search, numeric, feedback, clock, metrics, nanoTime, GapSink.NONE);
    }

    /** @param gaps receives every "did you mean", every "no answer" and every 👎, for the gap report */
    public AskHandler(
            Supplier<SearchService> search,
            NumericAnswerer numeric,
            FeedbackSink feedback,
            Clock clock,
            Metrics metrics,
            LongSupplier nanoTime,
            GapSink gaps) {
        this(
                search,
                numeric,
                feedback,
                clock,
                metrics,
                nanoTime,
                gaps,
                new QuestionLinks(QuestionLinks.randomTokens()),
                QuestionLinker.NONE);
    }

    /**
     * @param links where the questions behind "This is the one" buttons are kept
     * @param linker links an asked wording to the chosen entry (admins only)
     */
    public AskHandler(
            Supplier<SearchService> search,
            NumericAnswerer numeric,
            FeedbackSink feedback,
            Clock clock,
            Metrics metrics,
            LongSupplier nanoTime,
            GapSink gaps,
            QuestionLinks links,
            QuestionLinker linker) {
        this(
                search,
                numeric,
                feedback,
                clock,
                metrics,
                nanoTime,
                gaps,
                links,
                linker,
                BankDrafts.inMemory(
                        QuestionLinks.randomTokens(), com.github.benmanes.caffeine.cache.Ticker.systemTicker()),
                DeckCredits.NONE);
    }

    /**
     * @param drafts where the questions behind "Add to bank" buttons are kept (shared with the form's
     *     owner, which opens and submits the form)
     * @param credits the deck and licence shown beside a cited entry of an imported deck
     */
    public AskHandler(
            Supplier<SearchService> search,
            NumericAnswerer numeric,
            FeedbackSink feedback,
            Clock clock,
            Metrics metrics,
            LongSupplier nanoTime,
            GapSink gaps,
            QuestionLinks links,
            QuestionLinker linker,
            BankDrafts drafts,
            DeckCredits credits) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.credits = Objects.requireNonNull(credits, "credits");
        this.gaps = Objects.requireNonNull(gaps, "gaps");
        this.links = Objects.requireNonNull(links, "links");
        this.linker = Objects.requireNonNull(linker, "linker");
        this.search = Objects.requireNonNull(search, "search");
        this.numeric = Objects.requireNonNull(numeric, "numeric");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public Reply handle(ChatRequest request) {
        return switch (request) {
            case ChatRequest.Ask a -> ask(a.question(), a.origin());
            case ChatRequest.Click c -> click(c.actionId(), c.origin());
            default ->
                throw new IllegalArgumentException(
                        "AskHandler cannot handle " + request.getClass().getSimpleName());
        };
    }

    /** Answers a question typed in chat. */
    public Reply ask(String question, Origin origin) {
        Messages texts = origin.messages();
        if (question.isBlank()) {
            return Reply.privateText(texts.text("ask.emptyQuestion"));
        }
        Optional<Reply> worked = numeric.answer(question, origin.locale());
        if (worked.isPresent()) {
            return worked.get();
        }
        SearchService service = search.get();
        long start = nanoTime.getAsLong();
        SearchOutcome outcome = service.search(origin.community(), question);
        metrics.searchLatency(Duration.ofNanos(nanoTime.getAsLong() - start));
        metrics.decision(
                switch (outcome) {
                    case SearchOutcome.Answer a -> Metrics.Decision.ANSWERED;
                    case SearchOutcome.Candidates c -> Metrics.Decision.CANDIDATES;
                    case SearchOutcome.Abstain a -> Metrics.Decision.ABSTAINED;
                });
        gapKind(outcome).ifPresent(kind -> gaps.record(gap(origin, question, kind, Optional.empty())));
        return switch (outcome) {
            case SearchOutcome.Answer a -> {
                QaEntry shown = service.cited(origin.community(), a.best().entry());
                yield AskReplies.entry(
                        shown,
                        related(service, origin.community(), shown, a),
                        credits.of(origin.community(), shown),
                        texts);
            }
            case SearchOutcome.Candidates all -> {
                SearchOutcome.Candidates c = distinctCited(all);
                yield origin.admin()
                        ? withAddButton(
                                AskReplies.withLinks(
                                        AskReplies.candidates(c, texts),
                                        c,
                                        links.remember(origin.community(), question),
                                        texts),
                                question,
                                origin)
                        : AskReplies.candidates(c, texts);
            }
            case SearchOutcome.Abstain a ->
                a.silence() == SearchOutcome.Silence.CHAT
                        ? AskReplies.chat(texts)
                        : origin.admin()
                                ? withAddButton(
                                        AskReplies.abstainForAdmin(question, a.topics(), texts), question, origin)
                                : AskReplies.abstain(question, a.topics(), texts);
        };
    }

    /** {@code reply} with an "Add to bank" button, for an admin on a platform with forms. */
    private Reply withAddButton(Reply reply, String question, Origin origin) {
        if (!origin.platform().hasForms()) {
            return reply;
        }
        return drafts.remember(origin.community(), question)
                .map(token -> AskReplies.withAddButton(reply, token, origin.messages()))
                .orElse(reply);
    }

    private Reply click(String actionId, Origin origin) {
        Messages texts = origin.messages();
        switch (ActionId.parse(actionId)) {
            case ActionId.ShowEntry show -> {
                SearchService service = search.get();
                return service.entry(origin.community(), show.entryId())
                        .map(e -> service.cited(origin.community(), e))
                        .map(e -> AskReplies.entry(
                                e,
                                resolve(service, origin.community(), e.related()),
                                credits.of(origin.community(), e),
                                texts))
                        .orElseGet(() -> Reply.privateText(texts.text("ask.unknownEntry")));
            }
            case ActionId.Feedback f -> {
                // A button sent before replies cited an alternate wording's target still names the wording.
                SearchService service = search.get();
                Optional<QaEntry> shown =
                        service.entry(origin.community(), f.entryId()).map(e -> service.cited(origin.community(), e));
                String entryId = shown.map(QaEntry::id).orElse(f.entryId());
                feedback.record(new Feedback(
                        entryId, f.helpful(), origin.platform(), origin.community(), origin.user(), clock.instant()));
                if (!f.helpful()) {
                    String asked = shown.map(QaEntry::question).orElse(f.entryId());
                    gaps.record(gap(origin, asked, Gap.Kind.THUMBS_DOWN, Optional.of(entryId)));
                }
                return Reply.privateText(texts.text("ask.thanks"));
            }
            case ActionId.LinkQuestion l -> {
                if (!origin.admin()) {
                    return Reply.privateText(texts.text("bank.adminOnly"));
                }
                return Reply.privateText(links.find(l.token())
                        .filter(asked -> asked.community().equals(origin.community()))
                        .map(asked -> linker.link(origin.community(), asked.question(), l.entryId(), texts))
                        .orElseGet(() -> texts.text("bank.link.expired")));
            }
            case ActionId.AddToBank add -> {
                // The bank's form owner answers these (ChatDispatcher); a service without one cannot.
                return Reply.privateText(texts.text("ask.unknownAction"));
            }
            case ActionId.Quiz q -> {
                return Reply.privateText(texts.text("ask.unknownAction"));
            }
            case ActionId.ImportDeck i -> {
                return Reply.privateText(texts.text("ask.unknownAction"));
            }
            case ActionId.Unknown u -> {
                return Reply.privateText(texts.text("ask.unknownAction"));
            }
        }
    }

    private static Optional<Gap.Kind> gapKind(SearchOutcome outcome) {
        return switch (outcome) {
            case SearchOutcome.Answer a -> Optional.empty();
            case SearchOutcome.Candidates c -> Optional.of(Gap.Kind.DID_YOU_MEAN);
            case SearchOutcome.Abstain a ->
                a.silence() == SearchOutcome.Silence.CHAT ? Optional.empty() : Optional.of(Gap.Kind.NO_ANSWER);
        };
    }

    private Gap gap(Origin origin, String question, Gap.Kind kind, Optional<String> entry) {
        return new Gap(
                origin.platform(),
                origin.community(),
                origin.channel(),
                normalizer.normalize(question),
                kind,
                entry,
                clock.instant());
    }

    /**
     * The candidates, each cited entry once (an alternate wording and the entry it answers from would
     * otherwise be offered twice): the first, best-ranked hit that cites it stays.
     */
    private static SearchOutcome.Candidates distinctCited(SearchOutcome.Candidates c) {
        Map<String, Hit> first = new LinkedHashMap<>();
        c.candidates().forEach(h -> first.putIfAbsent(h.entry().citedId(), h));
        return first.size() == c.candidates().size()
                ? c
                : new SearchOutcome.Candidates(List.copyOf(first.values()), c.ranked(), c.signals(), c.doubt());
    }

    /** The shown entry's own near-duplicates first, then the entries the next close hits of the search cite. */
    private static List<QaEntry> related(
            SearchService service, String community, QaEntry shown, SearchOutcome.Answer answer) {
        Map<String, QaEntry> out = new LinkedHashMap<>();
        resolve(service, community, shown.related()).forEach(e -> out.put(e.id(), e));
        answer.related().forEach(h -> {
            QaEntry cited = service.cited(community, h.entry());
            out.putIfAbsent(cited.id(), cited);
        });
        out.remove(shown.id());
        return new ArrayList<>(out.values()).subList(0, Math.min(MAX_RELATED, out.size()));
    }

    private static List<QaEntry> resolve(SearchService service, String community, List<String> ids) {
        return ids.stream()
                .map(id -> service.entry(community, id))
                .flatMap(Optional::stream)
                .map(e -> service.cited(community, e))
                .limit(MAX_RELATED)
                .toList();
    }
}
