package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextCommand;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.quiz.ManualScheduler;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.GapDigests;
import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.search.BgeEmbedder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GapDigestTest {
    /** Saturday 5 December 2026, 10:00 in Shanghai. */
    private static final Instant SATURDAY = Instant.parse("2026-12-05T02:00:00Z");
    /** Monday 7 December 2026, 09:00 in Shanghai: the digest's first posting. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-12-07T01:00:00Z");

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Origin ADMIN = new Origin(Platform.DISCORD, "g1", "admins", "u1", "Ann", Locale.ENGLISH, true);
    private static final Origin MEMBER =
            new Origin(Platform.DISCORD, "g1", "admins", "u2", "Bo", Locale.ENGLISH, false);

    /** Records what was posted where. */
    private static final class Posts implements Outbox {
        final List<String> posted = new ArrayList<>();

        @Override
        public synchronized CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
            posted.add(channel.platform() + "/" + channel.community() + "/" + channel.channel() + "\n# " + reply.title()
                    + "\n" + reply.markdown());
            return CompletableFuture.completedFuture(new MessageHandle(channel, "m" + posted.size()));
        }

        @Override
        public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
            return CompletableFuture.completedFuture(null);
        }

        synchronized List<String> posted() {
            return List.copyOf(posted);
        }
    }

    private static DigestSettings settings(Database db, ManualClock clock) {
        return new DigestSettings(() -> new GapDigests(db), (platform, community) -> SHANGHAI, clock);
    }

    private static DigestKeeper keeper(Database db, Posts posts, ManualClock clock, ManualScheduler scheduler) {
        return new DigestKeeper(
                new GapDigests(db),
                new GapStore(db),
                () -> new GapReport(new BgeEmbedder(Runnable::run, false)),
                posts,
                scheduler,
                clock,
                DigestKeeper.POLL,
                address -> true);
    }

    private static String reply(DigestSettings settings, Origin origin, String command) {
        TextCommand.Parsed parsed = TextCommand.parse(origin, command);
        if (parsed instanceof TextCommand.Parsed.Ok ok) {
            return settings.handle(ok.request()).markdown();
        }
        return ((TextCommand.Parsed.Usage) parsed).message();
    }

    private static void gaps(GapStore store, String question, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            store.record("DISCORD", "g1", "c1", question, "NO_ANSWER", Optional.empty(), at);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a digest that cannot be built stays due: the next pass posts it, and the week is not lost")
    void failedDigest_staysDue_nextPassPostsIt(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(SATURDAY);
            ManualScheduler scheduler = new ManualScheduler(clock);
            Posts posts = new Posts();
            reply(settings(fresh.database(), clock), ADMIN, "digest here weekly mon 09:00");
            gaps(new GapStore(fresh.database()), "lora 微调是什么", Instant.parse("2026-12-04T06:00:00Z"), 2);
            java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
            DigestKeeper keeper = new DigestKeeper(
                    new GapDigests(fresh.database()),
                    new GapStore(fresh.database()),
                    () -> {
                        if (builds.incrementAndGet() == 1) {
                            throw new IllegalStateException("the model is not loaded yet");
                        }
                        return new GapReport(new BgeEmbedder(Runnable::run, false));
                    },
                    posts,
                    scheduler,
                    clock,
                    DigestKeeper.POLL,
                    address -> true);
            clock.advance(Duration.between(SATURDAY, MONDAY_NINE));
            assertEquals(0, keeper.tick());
            assertEquals(List.of(), posts.posted());
            assertEquals(
                    MONDAY_NINE.toEpochMilli(),
                    new GapDigests(fresh.database())
                            .get(Platform.DISCORD, "g1")
                            .orElseThrow()
                            .nextRun());
            assertEquals(1, keeper.tick());
            keeper.close();
            assertEquals(1, posts.posted().size());
            assertTrue(
                    posts.posted().getFirst().contains("**2** × lora 微调是什么"),
                    posts.posted().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "on Monday 09:00 the digest posts the top groups of the past week's gaps on its platform to its channel,"
                    + " once")
    void digest_postsTopGroupsOfTheWeek(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(SATURDAY);
            ManualScheduler scheduler = new ManualScheduler(clock);
            Posts posts = new Posts();
            assertEquals(
                    "From now on, every Mon at 09:00, I will post the top knowledge gaps of the past seven days to"
                            + " this channel (time zone Asia/Shanghai). `digest off` stops it.",
                    reply(settings(fresh.database(), clock), ADMIN, "digest here weekly mon 09:00"));
            GapStore store = new GapStore(fresh.database());
            Instant friday = Instant.parse("2026-12-04T06:00:00Z");
            gaps(store, "lora 微调是什么", friday, 3);
            gaps(store, "什么是lora微调", friday, 2);
            gaps(store, "lora微调的原理", friday, 1);
            gaps(store, "扩散模型怎么采样", friday, 2);
            gaps(store, "今天食堂吃什么", friday, 1);
            gaps(store, "一周前的问题", MONDAY_NINE.minus(Duration.ofDays(7)).minusMillis(1), 4);
            gaps(store, "下周的问题", MONDAY_NINE, 4);
            // A Slack workspace with the same community id is another community: not in this digest.
            store.record("SLACK", "g1", "C1", "slack 工作区的问题", "NO_ANSWER", Optional.empty(), friday);

            DigestKeeper keeper = keeper(fresh.database(), posts, clock, scheduler);
            keeper.start();
            scheduler.advance(Duration.between(SATURDAY, MONDAY_NINE).minusSeconds(1));
            assertEquals(List.of(), posts.posted());
            scheduler.advance(Duration.ofHours(2));
            keeper.close();

            assertEquals(
                    List.of("DISCORD/g1/admins\n# Knowledge gaps of the week, 2026-11-30 to 2026-12-07\n"
                            + "**6** × lora 微调是什么 (also: 什么是lora微调 · lora微调的原理)\n"
                            + "**2** × 扩散模型怎么采样\n"
                            + "**1** × 今天食堂吃什么\n"
                            + "\n9 gaps in all. `gaps` lists every group; `add QUESTION | ANSWER` fills one."),
                    posts.posted());
            assertEquals(
                    Instant.parse("2026-12-14T01:00:00Z").toEpochMilli(),
                    new GapDigests(fresh.database())
                            .get(Platform.DISCORD, "g1")
                            .orElseThrow()
                            .nextRun());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("two keepers on one database: the digest is posted by exactly one of them")
    void twoKeepers_postOnce(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh)) {
            ManualClock clock = new ManualClock(SATURDAY);
            reply(settings(fresh.database(), clock), ADMIN, "digest here");
            clock.advance(Duration.between(SATURDAY, MONDAY_NINE));
            Posts one = new Posts();
            Posts two = new Posts();
            DigestKeeper a = keeper(fresh.database(), one, clock, new ManualScheduler(clock));
            DigestKeeper b = keeper(second, two, clock, new ManualScheduler(clock));
            assertEquals(1, a.tick() + b.tick());
            assertEquals(0, a.tick() + b.tick());
            a.close();
            b.close();
            assertEquals(1, one.posted().size() + two.posted().size());

            // Both processes read the same due row before either claims it: only one claim lands.
            long due = new GapDigests(fresh.database())
                    .get(Platform.DISCORD, "g1")
                    .orElseThrow()
                    .nextRun();
            long following = due + Duration.ofDays(7).toMillis();
            boolean first = new GapDigests(fresh.database()).claim(Platform.DISCORD, "g1", due, following);
            boolean other = new GapDigests(second).claim(Platform.DISCORD, "g1", due, following);
            assertEquals(List.of(true, false), List.of(first, other));
        }
    }

    @Test
    @DisplayName("a week without gaps posts one line saying so, in the language of the admin who set the digest")
    void emptyWeek_saysSo() {
        try (TestDatabases.Fresh fresh = TestDatabases.open(Backend.H2)) {
            ManualClock clock = new ManualClock(SATURDAY);
            Origin zhAdmin = new Origin(Platform.SLACK, "T1", "C9", "U1", "Ann", Locale.CHINESE, true);
            assertEquals(
                    "每周一 21:30，我会把过去七天最主要的知识缺口发到本频道（时区 Asia/Shanghai）。`digest off` 可以关闭。",
                    reply(settings(fresh.database(), clock), zhAdmin, "digest here 周一 21:30"));
            clock.advance(Duration.ofDays(3));
            Posts posts = new Posts();
            DigestKeeper keeper = keeper(fresh.database(), posts, clock, new ManualScheduler(clock));
            assertEquals(1, keeper.tick());
            keeper.close();
            assertEquals(
                    List.of("SLACK/T1/C9\n# 本周知识缺口（2026-11-30 至 2026-12-07）\n本周没有新的知识缺口：每个问题都有答案。"), posts.posted());
        }
    }

    @Test
    @DisplayName("digest shows, turns off, refuses members and names a bad day or time")
    void settings_showOffRefuseAndBadInput() {
        try (TestDatabases.Fresh fresh = TestDatabases.open(Backend.H2)) {
            ManualClock clock = new ManualClock(SATURDAY);
            DigestSettings settings = settings(fresh.database(), clock);
            assertEquals(
                    "No knowledge-gap digest is set. `digest here [weekly] [DAY] [HH:MM]` posts one to this channel"
                            + " every week (Mondays at 09:00 unless you say otherwise).",
                    reply(settings, ADMIN, "digest"));
            assertEquals(
                    "Only an admin can change this community's bank or see its gaps.",
                    reply(settings, MEMBER, "digest here"));
            assertEquals(
                    "'someday' is not a day of the week: use mon, tue, wed, thu, fri, sat or sun (or 周一 … 周日).",
                    reply(settings, ADMIN, "digest here someday 9:00"));
            assertEquals(
                    "'25\\:00' is not a time of day: give HH:MM on a 24-hour clock, e.g. 21:00.",
                    reply(settings, ADMIN, "digest here mon 25:00"));
            assertEquals(List.of(), new GapDigests(fresh.database()).due(Long.MAX_VALUE));
            reply(settings, ADMIN, "digest here fri 18:00");
            Origin elsewhere = new Origin(Platform.DISCORD, "g1", "general", "u1", "Ann", Locale.ENGLISH, true);
            assertEquals(
                    "The knowledge-gap digest goes to #admins every Fri at 18:00 (time zone Asia/Shanghai)."
                            + " `digest off` stops it.",
                    reply(settings, elsewhere, "digest"));
            assertEquals("The knowledge-gap digest is off.", reply(settings, ADMIN, "digest off"));
            assertEquals(Optional.empty(), new GapDigests(fresh.database()).get(Platform.DISCORD, "g1"));
        }
    }
}
