package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeckImportRulesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("an import skips the entries that break CommunityBank's rules, at their line, and keeps the rest")
    void run_entryBreakingTheBankRules_isSkippedAtItsLine() {
        BankLimits limits = new BankLimits(100, 10, 64 * 1024);
        String deck = "question,answer\n短问题,短答案\n长答案的问题,这个答案一共有十一个字符吧\n" + "问".repeat(BankLimits.MAX_QUESTION_CHARS + 1)
                + ",答\n";
        try (TestDatabases.Fresh db = TestDatabases.open(TestDatabases.Backend.H2)) {
            CommunityEntries store = new CommunityEntries(db.database());
            DeckImport.Report report = new DeckImport(store, List::of, () -> {}, limits, CLOCK)
                    .run(
                            new DeckImport.Request(
                                    "g1",
                                    Optional.empty(),
                                    List.of(new DeckImport.Upload("rules.csv", deck.getBytes(StandardCharsets.UTF_8))),
                                    false,
                                    "test",
                                    ""),
                            DeckImport.Progress.NONE);
            assertEquals(
                    new DeckImport.Report(
                            "rules",
                            1,
                            0,
                            List.of(
                                    "rules.csv:3: answer is longer than 10 characters; skipped",
                                    "rules.csv:4: question is longer than 2000 characters; skipped"),
                            true),
                    report);
            assertEquals(Optional.empty(), CommunityBank.check("短问题", "短答案", limits));
            assertEquals(
                    Optional.of(new CommunityBank.Change.Rejected(CommunityBank.Rule.ANSWER_TOO_LONG, 10)),
                    CommunityBank.check("长答案的问题", "这个答案一共有十一个字符吧", limits));
            assertEquals(
                    List.of("短问题"),
                    store.entries("g1", Optional.empty()).stream()
                            .map(CommunityEntries.Row::question)
                            .toList());
        }
    }
}
