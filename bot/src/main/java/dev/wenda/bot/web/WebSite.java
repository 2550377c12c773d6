package dev.wenda.bot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The study pages, free of any HTTP server: a {@link WebRequest} in, a {@link WebResponse} out.
 * Pages of a community live under {@code /w/PLATFORM/COMMUNITY/} and need a link token ({@code
 * t}) signed for that community, but a community's leaderboards when its admins made them public;
 * admin pages need an admin token. The style sheet is the only file.
 */
public final class WebSite {
    static final String CSS = load("wenda.css");

    private final WebData data;
    private final LinkSigner signer;
    private final BoardsPage boards;
    private final PlayerPage player;
    private final RoundPage round;
    private final FeedbackPage feedback;
    private final GapsPage gaps;
    private final BankPage bank;

    public WebSite(WebData data, LinkSigner signer) {
        this.data = Objects.requireNonNull(data, "data");
        this.signer = Objects.requireNonNull(signer, "signer");
        Players players = new Players(signer, data.reads());
        this.boards = new BoardsPage(data, players);
        this.player = new PlayerPage(data, players);
        this.round = new RoundPage(data, players);
        this.feedback = new FeedbackPage(data);
        this.gaps = new GapsPage(data);
        this.bank = new BankPage(data);
    }

    public WebResponse handle(WebRequest request) {
        WebTexts texts = WebTexts.of(WebTexts.Lang.choose(request.query().get("lang"), request.acceptLanguage()));
        View anonymous =
                new View(Optional.empty(), Optional.empty(), texts, "", request.path(), request.query(), data.zone());
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return refused(anonymous, 405, texts.text("error.method"));
        }
        if (request.path().equals(Layout.CSS_PATH)) {
            return new WebResponse(
                    200,
                    Map.of(
                            "Content-Type", "text/css; charset=utf-8",
                            "Cache-Control", "public, max-age=86400",
                            "X-Content-Type-Options", "nosniff"),
                    CSS.getBytes(StandardCharsets.UTF_8));
        }
        if (request.path().equals("/")) {
            Html body = new Html().element("p", "", texts.text("home.body"));
            return WebResponse.page(200, Layout.page(anonymous, texts.text("home.title"), body));
        }
        List<String> parts = Arrays.stream(request.path().split("/", -1))
                .map(p -> URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8))
                .toList();
        if (parts.size() < 5 || !parts.get(0).isEmpty() || !parts.get(1).equals("w")) {
            return refused(anonymous, 404, texts.text("error.notFound"));
        }
        return community(request, texts, anonymous, parts.get(2), parts.get(3), parts.subList(4, parts.size()));
    }

    private WebResponse community(
            WebRequest request, WebTexts texts, View anonymous, String platform, String community, List<String> page) {
        String token = request.query().get("t");
        if (token == null || token.isEmpty()) {
            if (page.size() == 1
                    && page.getFirst().equals("boards")
                    && data.settings().publicBoards(platform, community)) {
                View open = new View(
                        Optional.empty(),
                        Optional.empty(),
                        texts,
                        View.base(platform, community),
                        request.path(),
                        request.query(),
                        data.zone());
                return respond(open, boards.render(open, BoardsPage.Place.open(platform, community)));
            }
            return refused(anonymous, 403, texts.text("error.noLink"));
        }
        Grant grant;
        switch (signer.verify(token, data.clock().instant())) {
            case LinkSigner.Verdict.Invalid invalid -> {
                return refused(anonymous, 403, texts.text("error.tampered"));
            }
            case LinkSigner.Verdict.Expired expired -> {
                return refused(anonymous, 410, texts.text("error.expired"));
            }
            case LinkSigner.Verdict.Valid valid -> grant = valid.grant();
        }
        if (!grant.platform().equals(platform) || !grant.community().equals(community)) {
            return refused(anonymous, 403, texts.text("error.community"));
        }
        View view = new View(
                Optional.of(grant),
                Optional.of(token),
                texts,
                View.base(platform, community),
                request.path(),
                request.query(),
                data.zone());
        return respond(view, route(view, grant, page));
    }

    private static WebResponse respond(View view, PageResult result) {
        return switch (result) {
            case PageResult.Page p -> WebResponse.page(200, Layout.page(view, p.title(), p.body()));
            case PageResult.Refused r -> refused(view, r.status(), r.message());
        };
    }

    private PageResult route(View view, Grant grant, List<String> page) {
        String first = page.getFirst();
        if (page.size() == 1 && first.equals("boards")) {
            return boards.render(view, BoardsPage.Place.of(grant));
        }
        if (page.size() == 2 && first.equals("player")) {
            return player.render(view, grant, page.get(1));
        }
        if (page.size() == 2 && first.equals("round")) {
            return round.render(view, grant, page.get(1));
        }
        if (page.size() == 1 && first.equals("bank")) {
            return bank.list(view, grant);
        }
        if (page.size() == 2 && first.equals("bank")) {
            return bank.entry(view, grant, page.get(1));
        }
        if (first.equals("admin")) {
            if (grant.access() != Grant.Access.ADMIN) {
                return new PageResult.Refused(403, view.text("error.adminOnly"));
            }
            if (page.size() == 2 && page.get(1).equals("feedback")) {
                return feedback.render(view, grant);
            }
            if (page.size() == 2 && page.get(1).equals("gaps")) {
                return gaps.render(view, grant);
            }
        }
        return PageResult.notFound(view, "error.notFound");
    }

    private static WebResponse refused(View view, int status, String message) {
        Html body = new Html().element("p", "problem", message);
        return WebResponse.page(status, Layout.page(view, view.text("error.title"), body));
    }

    /** The page for a failure the server caught: a short apology, never the exception. */
    public static WebResponse failed(WebRequest request, ZoneId zone) {
        WebTexts texts = WebTexts.of(WebTexts.Lang.choose(request.query().get("lang"), request.acceptLanguage()));
        View view = new View(Optional.empty(), Optional.empty(), texts, "", request.path(), request.query(), zone);
        return refused(view, 500, texts.text("error.internal"));
    }

    private static String load(String name) {
        try (InputStream in = WebSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource dev/wenda/bot/web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
