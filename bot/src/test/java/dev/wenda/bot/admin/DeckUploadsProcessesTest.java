package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.DeckDryRuns;
import dev.wenda.bot.store.StoreException;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Deck dry runs kept in the store: their buttons work on any process sharing the database, once. */
class DeckUploadsProcessesTest {
    private static final Origin ADMIN = new Origin(Platform.SLACK, "T1", "C1", "U4", "Dave", Locale.ENGLISH, true);
    private static final byte[] DECK = "## 什么是LoRA微调\n在冻结的权重旁训练两个低秩矩阵。\n".getBytes(StandardCharsets.UTF_8);
    private static final String DONE = "Imported 1 entries into deck notes; they answer questions now.";
    private static final String EXPIRED =
            "This import is no longer waiting (it was confirmed, cancelled or kept too long); share the file again.";
    private static final String DOWN = "The bank cannot be changed right now: the database cannot be reached. Asking"
            + " questions still works; please try this again in a minute.";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T08:00:00Z"));

    /** One process's uploads over its own pool. */
    private DeckUploads uploads(Database db, Supplier<DeckDryRuns> dryRuns, long seed) {
        CommunityEntries entries = new CommunityEntries(db);
        return new DeckUploads(
                () -> new DeckImport(entries, List::of, () -> {}, BankLimits.defaults(), clock),
                dryRuns,
                BankLimits.defaults(),
                clock,
                new SplittableRandom(seed));
    }

    private static Reply upload(DeckUploads uploads) {
        return uploads.handle(new ChatRequest.ImportDeck(
                ADMIN, "notes.md", DECK.length, max -> DECK.clone(), Optional.empty(), "CC BY 4.0"));
    }

    private static String press(DeckUploads uploads, String id) {
        return uploads.handle(new ChatRequest.Click(ADMIN, id)).markdown();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a dry run's Confirm pressed on another process imports; pressed again on either, it has expired")
    void confirm_onAnotherProcess_importsOnce(Backend backend) {
        try (var fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh)) {
            DeckUploads one = uploads(fresh.database(), () -> new DeckDryRuns(fresh.database()), 1);
            DeckUploads two = uploads(second, () -> new DeckDryRuns(second), 2);

            Reply dry = upload(one);
            assertEquals(
                    "Dry run of deck notes: 1 new entries, 0 duplicates of entries the bank already has, 0 problems.",
                    dry.markdown());
            String confirm = dry.actions().getFirst().id();

            assertEquals(DONE, press(two, confirm));
            assertEquals(EXPIRED, press(one, confirm));
            assertEquals(EXPIRED, press(two, confirm));
            assertEquals(1, new CommunityEntries(second).count("T1"));
            assertEquals(
                    List.of("notes"),
                    new CommunityEntries(fresh.database())
                            .entries("T1", Optional.empty()).stream()
                                    .map(CommunityEntries.Row::deck)
                                    .toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("Cancel on one process, then Confirm on another: nothing is imported")
    void cancel_thenConfirmElsewhere_importsNothing(Backend backend) {
        try (var fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh)) {
            DeckUploads one = uploads(fresh.database(), () -> new DeckDryRuns(fresh.database()), 1);
            DeckUploads two = uploads(second, () -> new DeckDryRuns(second), 2);
            Reply dry = upload(one);

            assertEquals(
                    "Import cancelled; nothing was written.",
                    press(two, dry.actions().getLast().id()));
            assertEquals(EXPIRED, press(one, dry.actions().getFirst().id()));
            assertEquals(0, new CommunityEntries(second).count("T1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a Confirm pressed after 15 minutes has expired and imports nothing")
    void confirm_afterKeep_expired(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            DeckUploads uploads = uploads(fresh.database(), () -> new DeckDryRuns(fresh.database()), 1);
            String confirm = upload(uploads).actions().getFirst().id();

            clock.advance(DeckUploads.KEEP.plus(Duration.ofMillis(1)));
            assertEquals(EXPIRED, press(uploads, confirm));
            assertEquals(0, new CommunityEntries(fresh.database()).count("T1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("with the dry runs' store unreachable, the upload and the press say the database is down")
    void storeDown_saysSo(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            DeckUploads working = uploads(fresh.database(), () -> new DeckDryRuns(fresh.database()), 1);
            String confirm = upload(working).actions().getFirst().id();
            DeckUploads cut = uploads(
                    fresh.database(),
                    () -> {
                        throw StoreException.of(
                                "database error: refused", new SQLTransientConnectionException("refused"));
                    },
                    2);

            assertEquals(DOWN, upload(cut).markdown());
            assertEquals(DOWN, press(cut, confirm));
            assertEquals(DONE, press(working, confirm));
        }
    }
}
