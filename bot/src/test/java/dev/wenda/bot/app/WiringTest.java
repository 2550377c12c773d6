package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Form;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The composition root as {@code wenda serve} builds it from a configuration. */
class WiringTest {
    private static final Origin USER =
            new Origin(Platform.CONSOLE, "console", "general", "u-ada", "ada", Locale.ENGLISH, false);

    private static Wiring wiring(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put(
                "WENDA_DB_URL",
                "jdbc:h2:mem:wiring_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1");
        all.put("WENDA_INSTANCE_ID", "wiring-test");
        return new Wiring(new ConfigLoader(all, () -> "test").load(Optional.empty()));
    }

    @Test
    @DisplayName("quiz.lease-seconds is the lease of a round's question: held until it closes plus the lease")
    void quizLease_isTheConfiguredLease() {
        Wiring wiring = wiring(Map.of("WENDA_QUIZ_LEASE_SECONDS", "5"));
        try {
            String started = wiring.chatService()
                    .handle(new ChatRequest.QuizStart(USER, "", OptionalInt.of(2), OptionalInt.of(30), "choice"))
                    .markdown();
            assertTrue(started.startsWith("ada started a quiz"), started);
            QuizStore store = new QuizStore(wiring.store());
            RoundRow round = store.activeRound("CONSOLE:console:general").orElseThrow();
            QuestionRow first = store.question(round.id(), 1).orElseThrow();
            assertEquals(
                    first.closesAt().getAsLong() + 5_000, round.leaseUntil().getAsLong());
            wiring.chatService().handle(new ChatRequest.QuizStop(USER));
        } finally {
            wiring.store().close();
        }
    }

    @Test
    @DisplayName(
            "Discord and Slack talk to one chat service behind the limits.* rate limits (2 a minute: the next in 30 s)")
    void platformChatService_appliesConfiguredLimits() {
        Wiring wiring = wiring(Map.of("WENDA_LIMITS_USER_REQUESTS", "2"));
        // Calc warmed up outside the limits: the three limited requests follow each other within
        // milliseconds, so the wait shown is the whole 30 s.
        wiring.chatService().handle(new ChatRequest.Calc(USER, "rf 3x3 3x3"));
        ChatService chat = wiring.platformChatService();
        assertSame(chat, wiring.platformChatService());
        assertTrue(
                chat.handle(new ChatRequest.Calc(USER, "rf 3x3 3x3")).markdown().contains("5"));
        assertTrue(
                chat.handle(new ChatRequest.Calc(USER, "rf 3x3 3x3")).markdown().contains("5"));
        assertEquals(
                "You are sending requests too fast; try again in 30 s. Messages until then are ignored.",
                chat.handle(new ChatRequest.Calc(USER, "rf 3x3 3x3")).markdown());
    }

    @Test
    @DisplayName(
            "serve's dispatcher sends an Add to bank press to the bank's form and an import's Confirm to the uploads")
    void addToBankPress_opensTheForm_throughTheCompositionRoot() {
        Wiring wiring = wiring(Map.of("WENDA_SEARCH_DENSE", "false"));
        Origin admin = new Origin(Platform.DISCORD, "g1", "c1", "u-ada", "ada", Locale.ENGLISH, true);
        try {
            String asked = "量子纠错码的原理是什么";
            Reply reply = wiring.chatService().handle(new ChatRequest.Ask(admin, asked));
            String press = reply.actions().stream()
                    .map(Reply.Action::id)
                    .filter(id -> id.startsWith("bank:add:"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(reply.actions().toString()));

            Form form = wiring.chatService()
                    .handle(new ChatRequest.Click(admin, press))
                    .form()
                    .orElseThrow();
            assertEquals(press, form.id());
            assertEquals(asked, form.inputs().getFirst().value());

            assertEquals(
                    "This import is no longer waiting (it was confirmed, cancelled or kept too long); share the file again.",
                    wiring.chatService()
                            .handle(new ChatRequest.Click(admin, "bank:import:gone:yes"))
                            .markdown());
        } finally {
            wiring.store().close();
        }
    }
}
