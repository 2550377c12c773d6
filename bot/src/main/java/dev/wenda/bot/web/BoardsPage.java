package dev.wenda.bot.web;

import dev.wenda.bot.board.GroupService;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.chat.ChatRequest.Period;
import dev.wenda.bot.chat.ChatRequest.Scope;
import dev.wenda.bot.store.BoardQuery;
import dev.wenda.bot.store.GroupRow;
import dev.wenda.bot.store.Season;
import dev.wenda.bot.store.Standing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A leaderboard page: server, channel or study group; this week, this month, all time or one
 * archived season; 25 rows a page, the reader's row marked. Counts what the chat's board counts.
 */
final class BoardsPage {
    static final int PAGE_SIZE = 25;

    private final WebData data;
    private final Players players;

    BoardsPage(WebData data, Players players) {
        this.data = data;
        this.players = players;
    }

    /**
     * Whose board: a link's community, channel and reader, or a public board's community alone (no
     * channel board, no highlighted row, no links to player pages).
     */
    record Place(String platform, String community, Optional<String> channel, Optional<String> reader) {
        static Place of(Grant grant) {
            return new Place(
                    grant.platform(), grant.community(), Optional.of(grant.channel()), Optional.of(grant.user()));
        }

        static Place open(String platform, String community) {
            return new Place(platform, community, Optional.empty(), Optional.empty());
        }
    }

    PageResult render(View view, Place grant) {
        Optional<Scope> scope = choice(view, "scope", Scope.class, Scope.SERVER);
        Optional<Period> period = choice(view, "period", Period.class, Period.WEEK);
        if (scope.isEmpty()) {
            return bad(view, "scope");
        }
        if (period.isEmpty()) {
            return bad(view, "period");
        }
        String pageText = view.query().getOrDefault("page", "1");
        if (!pageText.matches("[1-9][0-9]{0,5}")) {
            return bad(view, "page");
        }
        int page = Integer.parseInt(pageText);
        String group = GroupService.normalize(view.query().getOrDefault("group", ""));
        String key =
                switch (scope.get()) {
                    case SERVER -> "";
                    case CHANNEL -> grant.channel().orElse("");
                    case GROUP -> group;
                };
        if (scope.get() == Scope.CHANNEL && grant.channel().isEmpty()) {
            return new PageResult.Refused(403, view.text("error.noLink"));
        }
        if (scope.get() == Scope.GROUP
                && (group.isEmpty() || !data.groups().exists(grant.platform(), grant.community(), group))) {
            return PageResult.notFound(view, "error.noGroup", group);
        }
        List<Season> seasons = data.seasons()
                .list(grant.platform(), grant.community(), scope.get().name(), key);
        Optional<Season> season = Optional.empty();
        String seasonText = view.query().getOrDefault("season", "");
        if (!seasonText.isEmpty()) {
            season = seasons.stream()
                    .filter(s -> Long.toString(s.id()).equals(seasonText))
                    .findFirst();
            if (season.isEmpty()) {
                return bad(view, "season");
            }
        }
        long since;
        long until;
        long reset = 0;
        String when;
        if (season.isPresent()) {
            since = season.get().startedAt();
            until = season.get().endedAt();
            when = view.text("boards.season", since == 0 ? "…" : view.dateTime(since), view.dateTime(until));
        } else {
            long start = new Periods(data.zone())
                    .start(period.get(), data.clock().instant())
                    .toEpochMilli();
            reset = seasons.isEmpty() ? 0 : seasons.getFirst().endedAt();
            since = Math.max(start, reset);
            until = Long.MAX_VALUE;
            when = view.text("boards.period." + period.get().name().toLowerCase(Locale.ROOT));
        }
        List<Standing> rows = data.boards()
                .top(
                        new BoardQuery(
                                grant.platform(),
                                grant.community(),
                                scope.get() == Scope.CHANNEL ? Optional.of(key) : Optional.empty(),
                                scope.get() == Scope.GROUP ? Optional.of(key) : Optional.empty(),
                                since,
                                page * PAGE_SIZE + 1),
                        until);
        String title = view.text("boards.title", scopeName(view, scope.get(), key), when);
        Html h = new Html();
        tabs(h, view, grant, scope.get(), key, period.get(), season);
        int from = (page - 1) * PAGE_SIZE;
        List<Standing> shown = rows.subList(Math.min(from, rows.size()), Math.min(from + PAGE_SIZE, rows.size()));
        if (season.isEmpty() && reset > 0 && reset == since) {
            h.element("p", "note", view.text("boards.wasReset", view.dateTime(reset)));
        }
        if (shown.isEmpty()) {
            h.element("p", "empty", view.text("boards.empty"));
        } else {
            table(h, view, grant, shown, from);
        }
        List<String> base = new ArrayList<>(List.of(
                "scope",
                scope.get().name().toLowerCase(Locale.ROOT),
                "period",
                period.get().name().toLowerCase(Locale.ROOT)));
        if (scope.get() == Scope.GROUP) {
            base.addAll(List.of("group", key));
        }
        season.ifPresent(s -> base.addAll(List.of("season", Long.toString(s.id()))));
        h.open("nav", "pages");
        if (page > 1) {
            h.link(view.href("boards", with(base, "page", Integer.toString(page - 1))), view.text("page.previous"));
        }
        h.element("span", "", view.text("page.of", page));
        if (rows.size() > page * PAGE_SIZE) {
            h.link(view.href("boards", with(base, "page", Integer.toString(page + 1))), view.text("page.next"));
        }
        h.close("nav");
        seasonsList(h, view, scope.get(), key, seasons);
        return new PageResult.Page(title, h);
    }

    private void table(Html h, View view, Place grant, List<Standing> shown, int from) {
        h.raw("<div class=\"scroll\"><table class=\"board\"><thead><tr>");
        for (String col : List.of("rank", "player", "points", "accuracy", "rounds", "streak")) {
            h.element("th", col.equals("player") ? "" : "num", view.text("boards.col." + col));
        }
        h.raw("</tr></thead><tbody>");
        int rank = from + 1;
        for (Standing s : shown) {
            boolean me = grant.reader().filter(s.userId()::equals).isPresent();
            h.raw(me ? "<tr class=\"me\">" : "<tr>");
            h.element("td", "num", Integer.toString(rank++));
            h.open("td", "");
            if (grant.reader().isPresent()) {
                h.link(
                        view.href("player/" + players.pseudonym(grant.platform(), grant.community(), s.userId())),
                        s.userName());
            } else {
                h.text(s.userName());
            }
            if (me) {
                h.raw(" ").element("span", "you", view.text("boards.you"));
            }
            h.close("td");
            h.element("td", "num", Long.toString(s.points()));
            h.element("td", "num", percent(s.correct(), s.answered()));
            h.element("td", "num", Integer.toString(s.rounds()));
            h.element("td", "num", Integer.toString(s.bestStreak()));
            h.raw("</tr>");
        }
        h.raw("</tbody></table></div>");
    }

    private void tabs(Html h, View view, Place grant, Scope scope, String key, Period period, Optional<Season> season) {
        String group = scope == Scope.GROUP ? key : "";
        h.open("nav", "tabs");
        for (Period p : Period.values()) {
            String name = p.name().toLowerCase(Locale.ROOT);
            List<String> params =
                    new ArrayList<>(List.of("scope", scope.name().toLowerCase(Locale.ROOT), "period", name));
            if (!group.isEmpty()) {
                params.addAll(List.of("group", group));
            }
            tab(
                    h,
                    view.href("boards", params.toArray(String[]::new)),
                    view.text("boards.period." + name),
                    season.isEmpty() && p == period);
        }
        h.close("nav").open("nav", "tabs");
        String periodName = period.name().toLowerCase(Locale.ROOT);
        tab(
                h,
                view.href("boards", "scope", "server", "period", periodName),
                view.text("boards.scope.server"),
                scope == Scope.SERVER);
        if (grant.channel().isPresent()) {
            tab(
                    h,
                    view.href("boards", "scope", "channel", "period", periodName),
                    view.text("boards.scope.channel"),
                    scope == Scope.CHANNEL);
        }
        for (GroupRow g : data.groups()
                .list(grant.platform(), grant.community(), grant.reader().orElse(""))) {
            tab(
                    h,
                    view.href("boards", "scope", "group", "group", g.name(), "period", periodName),
                    view.text("boards.scope.group", g.name()),
                    scope == Scope.GROUP && g.name().equals(key));
        }
        h.close("nav");
    }

    private static void tab(Html h, String href, String text, boolean current) {
        if (current) {
            h.raw("<a aria-current=\"page\" href=\"")
                    .text(href)
                    .raw("\">")
                    .text(text)
                    .raw("</a>");
        } else {
            h.link(href, text);
        }
    }

    private static void seasonsList(Html h, View view, Scope scope, String key, List<Season> seasons) {
        if (seasons.isEmpty()) {
            return;
        }
        h.element("h2", "", view.text("boards.seasons")).open("ul", "seasons");
        for (Season s : seasons) {
            List<String> params = new ArrayList<>(List.of("scope", scope.name().toLowerCase(Locale.ROOT)));
            if (scope == Scope.GROUP) {
                params.addAll(List.of("group", key));
            }
            params.addAll(List.of("season", Long.toString(s.id())));
            h.open("li", "")
                    .link(
                            view.href("boards", params.toArray(String[]::new)),
                            view.text(
                                    "boards.season",
                                    s.startedAt() == 0 ? "…" : view.dateTime(s.startedAt()),
                                    view.dateTime(s.endedAt())));
            h.close("li");
        }
        h.close("ul");
    }

    private static String[] with(List<String> base, String name, String value) {
        List<String> all = new ArrayList<>(base);
        all.add(name);
        all.add(value);
        return all.toArray(String[]::new);
    }

    static String scopeName(View view, Scope scope, String key) {
        return switch (scope) {
            case SERVER -> view.text("boards.scope.server");
            case CHANNEL -> view.text("boards.scope.channel");
            case GROUP -> view.text("boards.scope.group", key);
        };
    }

    static String percent(int correct, int answered) {
        return answered == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * correct / answered);
    }

    private static <E extends Enum<E>> Optional<E> choice(View view, String name, Class<E> type, E fallback) {
        String value = view.query().get(name);
        if (value == null || value.isEmpty()) {
            return Optional.of(fallback);
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static PageResult bad(View view, String name) {
        return new PageResult.Refused(
                400, view.text("error.badParameter", name, view.query().getOrDefault(name, "")));
    }
}
