package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code review export}: the user's review queue as a CSV file or an Anki import file, byte for byte. */
class ReviewExportTest {
    private static final Origin ALICE = Fixtures.player("alice");
    private static final List<QaEntry> BANK = List.of(
            new QaEntry(
                    "bn-1",
                    "BN 的作用？",
                    "把一个 batch 的数据拉到\n均值 0、方差 1, 再 \"缩放\" 平移。",
                    List.of(new SourceRef("bank", 1, 2)),
                    List.of("归一化"),
                    List.of(),
                    List.of()),
            new QaEntry(
                    "drop-2",
                    "Why does dropout help?",
                    "It averages <many> thinned nets\tcheaply & well.",
                    List.of(new SourceRef("bank", 3, 4)),
                    List.of("regularization"),
                    List.of(),
                    List.of()));

    private static Reply export(Harness h, Origin who, String format) {
        return h.service().handle(new ChatRequest.ReviewExport(who, format));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("the queue exports as RFC 4180 CSV with a BOM, and as Anki's tab-separated HTML import")
    void export_csvAndAnki_exactBytes(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            Harness h = Harness.on(db.database(), BANK);
            assertEquals(
                    "Your review queue is empty: missed questions land there.",
                    export(h, ALICE, "csv").markdown());
            long now = h.clock.millis();
            h.reviews.missed(
                    "CONSOLE",
                    "console",
                    ALICE.user(),
                    "drop-2",
                    now + Duration.ofHours(1).toMillis());
            h.reviews.missed("CONSOLE", "console", ALICE.user(), "bn-1", now);
            h.reviews.missed("CONSOLE", "console", ALICE.user(), "gone-9", now); // no longer in the bank
            h.reviews.missed("CONSOLE", "console", "u-bob", "bn-1", now);

            Reply csv = export(h, ALICE, "csv");
            assertTrue(csv.ephemeral());
            assertEquals("Your review queue, 2 entries: wenda-review.csv", csv.markdown());
            Reply.Attachment file = csv.attachment().orElseThrow();
            assertEquals("wenda-review.csv", file.fileName());
            assertEquals(
                    "\uFEFFentry,question,answer,stage,due\r\n"
                            + "bn-1,BN 的作用？,\"把一个 batch 的数据拉到\n均值 0、方差 1, 再 \"\"缩放\"\" 平移。\",0,2026-03-02 09:00\r\n"
                            + "drop-2,Why does dropout help?,It averages <many> thinned nets\tcheaply & well.,0,2026-03-02 10:00\r\n",
                    new String(file.bytes(), StandardCharsets.UTF_8));
            assertEquals(0xEF, file.bytes()[0] & 0xFF, "UTF-8 byte order mark first");

            Reply anki = export(h, ALICE, "anki");
            assertEquals(
                    "wenda-review-anki.txt", anki.attachment().orElseThrow().fileName());
            assertEquals(
                    "#separator:tab\n#html:true\n"
                            + "BN 的作用？\t把一个 batch 的数据拉到<br>均值 0、方差 1, 再 \"缩放\" 平移。\n"
                            + "Why does dropout help?\tIt averages &lt;many&gt; thinned nets cheaply &amp; well.\n",
                    new String(anki.attachment().orElseThrow().bytes(), StandardCharsets.UTF_8));

            assertEquals(
                    "'pdf' is not an export format: use csv or anki.",
                    export(h, ALICE, "pdf").markdown());
            Origin zh = new Origin(
                    ALICE.platform(), ALICE.community(), ALICE.channel(), ALICE.user(), "alice", Locale.CHINA, false);
            assertEquals("你的复习队列，共 2 条：wenda-review.csv", export(h, zh, "csv").markdown());
        }
    }
}
