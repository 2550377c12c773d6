package dev.wenda.bot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing, checked before anything reads a request's content: the timestamp must
 * be within {@link #WINDOW} of now on either side, the {@code v0} HMAC-SHA256 of {@code
 * v0:timestamp:body} must match, and a signature seen before (a replay, or a retry Slack signed
 * anew with the same timestamp) is refused as a duplicate.
 */
final class SignedRequests {
    /** How far a request's timestamp may be from now, either way. */
    static final Duration WINDOW = Duration.ofMinutes(5);

    /** Why a request is refused, or that it is a duplicate of one taken. */
    enum Verdict {
        VALID,
        MISSING_HEADERS,
        OUTSIDE_WINDOW,
        BAD_SIGNATURE,
        DUPLICATE
    }

    private final Supplier<String> signingSecret;
    private final Clock clock;
    /** Signatures taken within the window; a timestamp outside it is refused anyway. */
    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW.multipliedBy(2))
            .maximumSize(200_000)
            .build();

    SignedRequests(Supplier<String> signingSecret, Clock clock) {
        this.signingSecret = Objects.requireNonNull(signingSecret, "signingSecret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The headers alone: refuses a request before its body is read when they cannot be valid. */
    Optional<Verdict> precheck(String timestamp, String signature) {
        if (timestamp == null || signature == null || !signature.startsWith("v0=")) {
            return Optional.of(Verdict.MISSING_HEADERS);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Optional.of(Verdict.MISSING_HEADERS);
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > WINDOW.toSeconds()) {
            return Optional.of(Verdict.OUTSIDE_WINDOW);
        }
        return Optional.empty();
    }

    /** The whole check, after {@link #precheck} passed and the body was read. */
    Verdict verify(String timestamp, String signature, byte[] body) {
        Optional<Verdict> early = precheck(timestamp, signature);
        if (early.isPresent()) {
            return early.get();
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp, body))).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            return Verdict.BAD_SIGNATURE;
        }
        return seen.asMap().putIfAbsent(signature, Boolean.TRUE) == null ? Verdict.VALID : Verdict.DUPLICATE;
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
