package dev.wenda.bot.admin;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.quiz.DuePasses;
import dev.wenda.bot.quiz.Scheduler;
import dev.wenda.bot.quiz.WeeklyTime;
import dev.wenda.bot.store.GapDigests;
import dev.wenda.bot.store.GapStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each community's weekly gap digest when its time comes: the top {@link #GROUPS} groups of
 * the gaps of the seven days before the posting time, each with its most asked question, its count
 * and up to two more wordings. Every pass (at the next posting, at most {@code poll} apart) claims
 * each due digest by moving its next posting on in one conditional update ({@link GapDigests#claim}),
 * so exactly one process posts it however many share the database; only digests of channels this
 * process can post to ({@code reachable}) are considered. Postings missed while no process ran
 * become one posting, late, covering the week before the missed time.
 *
 * <p>A week without gaps posts one line saying so rather than nothing: the digest goes to an admin
 * channel once a week, and silence there cannot be told apart from a digest that stopped working.
 */
public final class DigestKeeper implements AutoCloseable {
    /** Groups a digest shows. */
    public static final int GROUPS = 5;
    /** Wordings shown per group beside its leading question. */
    static final int MORE_EXAMPLES = 2;
    /** The longest time between two passes (digests set by other processes are seen then). */
    public static final Duration POLL = Duration.ofMinutes(1);

    static final Duration WEEK = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(DigestKeeper.class);

    private final GapDigests digests;
    private final GapStore gaps;
    private final Supplier<GapReport> report;
    private final Outbox outbox;
    private final Clock clock;
    private final Predicate<ChannelAddress> reachable;
    private final DuePasses passes;

    /** @param report groups gaps by meaning; built on the first digest that has gaps (it loads the embedder) */
    public DigestKeeper(
            GapDigests digests,
            GapStore gaps,
            Supplier<GapReport> report,
            Outbox outbox,
            Scheduler scheduler,
            Clock clock,
            Duration poll,
            Predicate<ChannelAddress> reachable) {
        this.digests = Objects.requireNonNull(digests, "digests");
        this.gaps = Objects.requireNonNull(gaps, "gaps");
        this.report = Objects.requireNonNull(report, "report");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reachable = Objects.requireNonNull(reachable, "reachable");
        this.passes = new DuePasses(scheduler, clock, poll, digests::nextRun, this::tick);
    }

    /**
     * Runs a first pass at once on the keeper's timer (postings missed while stopped), then keeps
     * passing; the caller's thread does none of it.
     */
    public void start() {
        passes.soon();
    }

    /** One pass: posts what is due; returns how many digests this process posted. */
    int tick() {
        int posted = 0;
        try {
            for (GapDigests.Row row : digests.due(clock.millis())) {
                if (reachable.test(new ChannelAddress(row.platform(), row.community(), row.channel()))
                        && postOnce(row)) {
                    posted++;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("posting gap digests failed; retrying in {}", passes.poll(), e);
        } finally {
            passes.arm();
        }
        return posted;
    }

    /**
     * Builds the digest, then claims the posting and posts it. Building first means a failure (the
     * store, the embedding model) leaves the posting due for the next pass instead of losing the
     * week; it fails this row only, not the others due.
     */
    private boolean postOnce(GapDigests.Row row) {
        ZoneId zone = ZoneId.of(row.zone());
        Instant end = Instant.ofEpochMilli(row.nextRun());
        Reply digest;
        try {
            digest = digest(row, end.minus(WEEK), end, zone);
        } catch (RuntimeException e) {
            LOG.warn("gap digest of {} could not be built; retrying in {}", row.community(), passes.poll(), e);
            return false;
        }
        Instant following = WeeklyTime.of(row.dayOfWeek(), row.minuteOfDay()).next(clock.instant(), zone);
        if (!digests.claim(row.platform(), row.community(), row.nextRun(), following.toEpochMilli())) {
            return false; // another process posted it, or the setting changed
        }
        outbox.post(new ChannelAddress(row.platform(), row.community(), row.channel()), digest)
                .whenComplete((handle, failure) -> {
                    if (failure != null) {
                        LOG.warn("gap digest of {} not delivered", row.community(), failure);
                    }
                });
        return true;
    }

    /** The digest of {@code row}'s community for the gaps from {@code from} to {@code to}. */
    Reply digest(GapDigests.Row row, Instant from, Instant to, ZoneId zone) {
        Messages texts = Messages.of(row.locale());
        String title = texts.text(
                "digest.title",
                LocalDate.ofInstant(from, zone).toString(),
                LocalDate.ofInstant(to.minusMillis(1), zone).toString());
        List<GapStore.Row> week = gaps.between(row.platform().name(), row.community(), from, to);
        if (week.isEmpty()) {
            return Reply.text(texts.text("digest.empty")).withTitle(title);
        }
        StringBuilder body = new StringBuilder();
        for (GapReport.Group g : report.get().groups(week, GROUPS)) {
            body.append(texts.text(
                    "digest.line", g.count(), UserText.quote(g.examples().getFirst())));
            List<String> more = g.examples().stream()
                    .skip(1)
                    .limit(MORE_EXAMPLES)
                    .map(UserText::quote)
                    .toList();
            if (!more.isEmpty()) {
                body.append(texts.text("digest.more", String.join(" · ", more)));
            }
            body.append('\n');
        }
        body.append(texts.text("digest.footer", week.size()));
        return Reply.text(body.toString()).withTitle(title);
    }

    /** Stops passing; the settings stay stored for the next start or another process. */
    @Override
    public void close() {
        passes.close();
    }
}
