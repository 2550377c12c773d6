package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.ask.BankDrafts;
import dev.wenda.bot.ask.BankDrafts.Draft;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.store.BankDraftStore;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoredBankDraftsTest {
    private static final String QUESTION = "量子纠错码怎么工作";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T08:00:00Z"));
    private final AtomicInteger tokens = new AtomicInteger();

    private BankDrafts drafts(Database db) {
        return new StoredBankDrafts(() -> new BankDraftStore(db), () -> "t" + tokens.incrementAndGet(), clock);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a draft remembered by one process is found, and kept again, through another on the same database")
    void remember_onOneProcess_isFoundOnAnother(Backend backend) {
        try (var fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh)) {
            BankDrafts one = drafts(fresh.database());
            BankDrafts two = drafts(second);

            assertEquals(Optional.of("t1"), one.remember("g1", QUESTION));
            assertEquals(Optional.of(new Draft("g1", QUESTION, "", "")), two.find("t1", "g1"));

            two.keep("t1", new Draft("g1", QUESTION, "用多个物理比特编码", "量子, 纠错"));
            assertEquals(Optional.of(new Draft("g1", QUESTION, "用多个物理比特编码", "量子, 纠错")), one.find("t1", "g1"));
            assertEquals(Optional.empty(), one.find("t2", "g1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a draft is found for a day and not a moment after; a kept draft gets another day")
    void find_afterADay_isEmpty(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            BankDrafts drafts = drafts(fresh.database());
            drafts.remember("g1", QUESTION);
            drafts.remember("g1", "另一个问题");

            clock.advance(BankDrafts.KEPT.minusMillis(1));
            assertEquals(Optional.of(new Draft("g1", QUESTION, "", "")), drafts.find("t1", "g1"));
            drafts.keep("t2", new Draft("g1", "另一个问题", "答", ""));

            clock.advance(Duration.ofMillis(1));
            assertEquals(Optional.empty(), drafts.find("t1", "g1"));
            assertEquals(Optional.of(new Draft("g1", "另一个问题", "答", "")), drafts.find("t2", "g1"));

            clock.advance(BankDrafts.KEPT);
            assertEquals(Optional.empty(), drafts.find("t2", "g1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a draft is not found from another community")
    void find_otherCommunity_isEmpty(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            BankDrafts drafts = drafts(fresh.database());
            drafts.remember("g1", QUESTION);

            assertEquals(Optional.empty(), drafts.find("t1", "g2"));
            assertEquals(Optional.of(new Draft("g1", QUESTION, "", "")), drafts.find("t1", "g1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("remembering a draft deletes the expired ones")
    void remember_deletesExpiredDrafts(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            BankDrafts drafts = drafts(fresh.database());
            drafts.remember("g1", QUESTION);
            clock.advance(BankDrafts.KEPT);
            drafts.remember("g1", "另一个问题");

            assertEquals(
                    List.of("t2"), fresh.database().jdbc().query("select token from bank_draft", r -> r.getString(1)));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a fresh token that another live draft holds is never overwritten: the next token is used")
    void remember_takenToken_drawsAnother(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            java.util.Iterator<String> repeating = List.of("t1", "t1", "t2").iterator();
            BankDrafts drafts =
                    new StoredBankDrafts(() -> new BankDraftStore(fresh.database()), repeating::next, clock);

            assertEquals(Optional.of("t1"), drafts.remember("g1", QUESTION));
            assertEquals(Optional.of("t2"), drafts.remember("g2", "另一个问题"));
            assertEquals(Optional.of(new Draft("g1", QUESTION, "", "")), drafts.find("t1", "g1"));
            assertEquals(Optional.of(new Draft("g2", "另一个问题", "", "")), drafts.find("t2", "g2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("keeping a draft under another community's token leaves that community's draft alone")
    void keep_otherCommunitysToken_leavesItAlone(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            BankDrafts drafts = drafts(fresh.database());
            drafts.remember("g1", QUESTION);

            drafts.keep("t1", new Draft("g2", "别的问题", "别的答案", ""));
            assertEquals(Optional.of(new Draft("g1", QUESTION, "", "")), drafts.find("t1", "g1"));
            assertEquals(Optional.empty(), drafts.find("t1", "g2"));
        }
    }
}
