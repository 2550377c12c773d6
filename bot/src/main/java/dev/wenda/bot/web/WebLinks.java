package dev.wenda.bot.web;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.CommunitySettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * {@code /wenda web}: replies privately with a link to the study pages signed for this user,
 * community and channel, valid for {@code validity}; {@code /wenda web admin} gives an admin an
 * admin-scoped link; {@code /wenda web public on|off} lets an admin open the community's
 * leaderboards to anyone or make them link-only again.
 */
public final class WebLinks implements ChatService {
    private final LinkSigner signer;
    private final String root;
    private final Duration validity;
    private final Clock clock;
    private final DateTimeFormatter dates;
    private final CommunitySettings settings;

    /** @param root the address users open, without a trailing slash, e.g. {@code https://wenda.example.org} */
    public WebLinks(
            LinkSigner signer, String root, Duration validity, Clock clock, ZoneId zone, CommunitySettings settings) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.root = Objects.requireNonNull(root, "root");
        this.validity = Objects.requireNonNull(validity, "validity");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Reply handle(ChatRequest request) {
        return switch (request) {
            case ChatRequest.WebLink link -> link(link);
            case ChatRequest.PublicBoards change -> publicBoards(change);
            default -> throw new IllegalArgumentException("WebLinks answers WebLink and PublicBoards, was " + request);
        };
    }

    private Reply publicBoards(ChatRequest.PublicBoards change) {
        Origin o = change.origin();
        Messages m = o.messages();
        if (!o.admin()) {
            return Reply.privateText(m.text("web.public.adminOnly"));
        }
        settings.setPublicBoards(o.platform().name(), o.community(), change.open(), o.user(), clock.millis());
        if (!change.open()) {
            return Reply.privateText(m.text("web.public.off"));
        }
        String url = root + View.base(o.platform().name(), o.community()) + "/boards?lang="
                + m.locale().getLanguage();
        return Reply.privateText(m.text("web.public.on", url));
    }

    private Reply link(ChatRequest.WebLink link) {
        Origin o = link.origin();
        Messages m = o.messages();
        if (link.adminPages() && !o.admin()) {
            return Reply.privateText(m.text("web.adminOnly"));
        }
        Instant expires = clock.instant().plus(validity);
        Grant grant = new Grant(
                o.platform().name(),
                o.community(),
                o.channel(),
                o.user(),
                link.adminPages() ? Grant.Access.ADMIN : Grant.Access.USER,
                expires);
        String page = link.adminPages() ? "admin/feedback" : "boards";
        String url = root + View.base(grant.platform(), grant.community()) + "/" + page + "?t=" + signer.sign(grant)
                + "&lang=" + m.locale().getLanguage();
        return Reply.privateText(m.text(link.adminPages() ? "web.adminLink" : "web.link", dates.format(expires), url));
    }
}
