package dev.wenda.bot.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-user and per-channel rate limits in front of the chat service (token buckets from Bucket4j,
 * held in Caffeine so idle users cost nothing). A user over the limit is told once, with the wait;
 * further requests in the same window are ignored ({@link Reply#nothing()}).
 */
public final class RateLimitedChatService implements ChatService {
    private final ChatService inner;
    private final RateLimits limits;
    private final TimeMeter time;
    private final Cache<String, Limited> buckets;

    /** A bucket and the time until which its owner has been told they are limited. */
    private record Limited(Bucket bucket, AtomicLong warnedUntilNanos) {}

    public RateLimitedChatService(ChatService inner, RateLimits limits, Ticker ticker) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.read();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterAccess(limits.window().multipliedBy(2))
                .maximumSize(200_000)
                .build();
    }

    @Override
    public Reply handle(ChatRequest request) {
        String user = request.origin().platform() + ":" + request.origin().community() + ":"
                + request.origin().user();
        boolean answer = request instanceof ChatRequest.Click || request instanceof ChatRequest.TypedAnswer;
        if (answer) {
            return admit("a:" + user, limits.userAnswers(), request);
        }
        String channel = request.origin().where().toString();
        Reply userVerdict = check("u:" + user, limits.userRequests(), request);
        if (userVerdict != null) {
            return userVerdict;
        }
        Reply channelVerdict = check("c:" + channel, limits.channelRequests(), request);
        return channelVerdict != null ? channelVerdict : inner.handle(request);
    }

    private Reply admit(String key, int capacity, ChatRequest request) {
        Reply verdict = check(key, capacity, request);
        return verdict != null ? verdict : inner.handle(request);
    }

    /** Null when the request may pass; else the one-time warning or nothing. */
    private Reply check(String key, int capacity, ChatRequest request) {
        Limited limited = buckets.get(key, k -> newLimited(capacity));
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long now = time.currentTimeNanos();
        long waitNanos = probe.getNanosToWaitForRefill();
        long warnedUntil = limited.warnedUntilNanos().get();
        if (now < warnedUntil || !limited.warnedUntilNanos().compareAndSet(warnedUntil, now + waitNanos)) {
            return Reply.nothing();
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return Reply.privateText(request.origin().messages().text("guard.tooFast", seconds));
    }

    private Limited newLimited(int capacity) {
        Bandwidth bandwidth = Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(capacity, limits.window())
                .build();
        Bucket bucket = Bucket.builder()
                .addLimit(bandwidth)
                .withCustomTimePrecision(time)
                .build();
        return new Limited(bucket, new AtomicLong(Long.MIN_VALUE));
    }
}
