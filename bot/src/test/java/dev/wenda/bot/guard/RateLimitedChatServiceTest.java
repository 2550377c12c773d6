package dev.wenda.bot.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateLimitedChatServiceTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicInteger served = new AtomicInteger();
    private final RateLimitedChatService service = new RateLimitedChatService(
            request -> {
                served.incrementAndGet();
                return Reply.text("answer");
            },
            new RateLimits(2, 3, 2, Duration.ofSeconds(60)),
            nanos::get);

    private static Origin user(String id, String channel) {
        return new Origin(Platform.DISCORD, "g1", channel, id, id, Locale.ENGLISH, false);
    }

    @Test
    @DisplayName("a user over the limit is told once with the wait, then ignored until the window passes")
    void userOverLimit_warnedOnceThenIgnored() {
        Origin alice = user("alice", "c1");
        assertEquals("answer", service.handle(new ChatRequest.Ask(alice, "q1")).markdown());
        assertEquals("answer", service.handle(new ChatRequest.Ask(alice, "q2")).markdown());
        Reply warning = service.handle(new ChatRequest.Ask(alice, "q3"));
        assertEquals(
                "You are sending requests too fast; try again in 30 s. Messages until then are ignored.",
                warning.markdown());
        assertTrue(warning.ephemeral());
        assertTrue(service.handle(new ChatRequest.Ask(alice, "q4")).isNothing());
        assertEquals(2, served.get());

        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        assertEquals("answer", service.handle(new ChatRequest.Ask(alice, "q5")).markdown());
    }

    @Test
    @DisplayName("a channel limit applies across users; quiz answers do not count against it")
    void channelLimit_acrossUsers_answersExempt() {
        service.handle(new ChatRequest.Ask(user("a", "c1"), "q"));
        service.handle(new ChatRequest.Ask(user("b", "c1"), "q"));
        service.handle(new ChatRequest.Ask(user("c", "c1"), "q"));
        assertTrue(service.handle(new ChatRequest.Ask(user("d", "c1"), "q")).ephemeral());
        assertEquals(
                "answer",
                service.handle(new ChatRequest.Ask(user("d", "c2"), "q")).markdown());
        assertEquals(
                "answer",
                service.handle(new ChatRequest.Click(user("d", "c1"), "quiz:r:1:0"))
                        .markdown());
        assertEquals(5, served.get());
    }

    @Test
    @DisplayName("limits reject non-positive values with the name and the value")
    void limits_invalid_rejected() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new RateLimits(0, 1, 1, Duration.ofSeconds(1)));
        assertEquals("userRequests must be >= 1, was 0", e.getMessage());
    }
}
