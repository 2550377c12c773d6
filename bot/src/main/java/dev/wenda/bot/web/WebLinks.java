package dev.wenda.bot.web;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * {@code /wenda web}: replies privately with a link to the study pages signed for this user,
 * community and channel, valid for {@code validity}; {@code /wenda web admin} gives an admin an
 * admin-scoped link.
 */
public final class WebLinks implements ChatService {
    private final LinkSigner signer;
    private final String root;
    private final Duration validity;
    private final Clock clock;
    private final DateTimeFormatter dates;

    /** @param root the address users open, without a trailing slash, e.g. {@code https://wenda.example.org} */
    public WebLinks(LinkSigner signer, String root, Duration validity, Clock clock, ZoneId zone) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.root = Objects.requireNonNull(root, "root");
        this.validity = Objects.requireNonNull(validity, "validity");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    @Override
    public Reply handle(ChatRequest request) {
        if (!(request instanceof ChatRequest.WebLink link)) {
            throw new IllegalArgumentException("WebLinks answers WebLink requests only, was " + request);
        }
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
