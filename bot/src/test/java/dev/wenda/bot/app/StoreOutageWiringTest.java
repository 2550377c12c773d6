package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.store.CuttableLink;
import dev.wenda.bot.store.TestDatabases;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The whole bot as {@code wenda serve} composes it, with its PostgreSQL gone and back. */
class StoreOutageWiringTest {
    private static final Origin USER =
            new Origin(Platform.CONSOLE, "console", "general", "u-ada", "ada", Locale.ENGLISH, false);

    @Test
    @DisplayName("with PostgreSQL unreachable, asks are still answered and quiz commands say the quiz is paused")
    void storeDown_asksWork_quizSaysPaused() {
        try (var fresh = TestDatabases.open(TestDatabases.Backend.POSTGRES);
                var link = CuttableLink.toPostgres(fresh.postgresUrl())) {
            String url = link.route(fresh.postgresUrl()) + (fresh.postgresUrl().contains("?") ? "&" : "?")
                    + "currentSchema=" + fresh.schema();
            Wiring wiring = new Wiring(new ConfigLoader(
                            Map.of("WENDA_DB_URL", url, "WENDA_INSTANCE_ID", "outage-test", "WENDA_DB_POOL_SIZE", "2"),
                            () -> "test")
                    .load(Optional.empty()));
            // The index in memory: serve's default ./data would land in the module folder.
            wiring.useSearchConfig(wiring.searchConfig().withDataDir(Optional.empty()));
            try {
                ChatService chat = wiring.chatService();
                wiring.quiz(); // built (and its open rounds recovered) while the database is up
                Reply before = chat.handle(new ChatRequest.Ask(USER, "什么是感受野？"));
                link.cut();
                Reply during = chat.handle(new ChatRequest.Ask(USER, "什么是感受野？"));
                assertEquals(before.markdown(), during.markdown());
                assertTrue(during.markdown().contains("感受野"), during.markdown());
                assertEquals(
                        "Quizzes are paused: the database cannot be reached right now. Asking questions still works;"
                                + " please try this again in a minute.",
                        chat.handle(new ChatRequest.QuizStart(
                                        USER, "", OptionalInt.of(3), OptionalInt.of(30), "choice"))
                                .markdown());
                link.restore();
                // The pool reconnects with its own back-off (up to 5 s between tries), so the first
                // request after the restore may still find it waiting; within 20 s it must not.
                String started = "";
                for (long deadline = System.nanoTime() + 20_000_000_000L;
                        System.nanoTime() < deadline && !started.startsWith("ada started"); ) {
                    started = chat.handle(new ChatRequest.QuizStart(
                                    USER, "", OptionalInt.of(3), OptionalInt.of(30), "choice"))
                            .markdown();
                }
                assertTrue(
                        started.startsWith("ada started a quiz: all topics, 3 questions, 30 s each."),
                        "the quiz starts once the database is back: " + started);
                chat.handle(new ChatRequest.QuizStop(USER));
            } finally {
                wiring.store().close();
            }
        }
    }
}
