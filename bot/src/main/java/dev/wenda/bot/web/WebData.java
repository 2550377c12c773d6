package dev.wenda.bot.web;

import dev.wenda.bot.store.CommunitySettings;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.Seasons;
import dev.wenda.bot.store.Standings;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TopicStats;
import dev.wenda.bot.store.WebReads;
import dev.wenda.content.ContentBank;
import dev.wenda.search.SearchService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the pages read: the same stores the chat's boards, groups, stats and review use, the bank
 * being served, the chat's search service (for the bank page), and the clock and time zone of the boards' periods.
 */
public record WebData(
        Standings standings,
        Seasons seasons,
        StudyGroups groups,
        TopicStats topics,
        ReviewQueue review,
        QuizStore rounds,
        WebReads reads,
        CommunitySettings settings,
        Supplier<ContentBank> bank,
        Supplier<SearchService> search,
        Clock clock,
        ZoneId zone) {
    public WebData {
        Objects.requireNonNull(standings, "standings");
        Objects.requireNonNull(seasons, "seasons");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(rounds, "rounds");
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
    }

    /** Every store on one open database. */
    public static WebData of(
            Database db, Supplier<ContentBank> bank, Supplier<SearchService> search, Clock clock, ZoneId zone) {
        return new WebData(
                new Standings(db),
                new Seasons(db),
                new StudyGroups(db),
                new TopicStats(db),
                new ReviewQueue(db),
                new QuizStore(db),
                new WebReads(db),
                new CommunitySettings(db),
                bank,
                search,
                clock,
                zone);
    }
}
