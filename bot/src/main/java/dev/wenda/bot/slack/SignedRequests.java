package dev.wenda.bot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slack's request signing, checked before anything reads a request's content: the timestamp must
 * be within {@link #WINDOW} of now on either side, the {@code v0} HMAC-SHA256 of {@code
 * v0:timestamp:body} must match, and a signature seen before (a replay, or a retry Slack signed
 * anew with the same timestamp) is refused as a duplicate.
 *
 * <p>The signature is computed by the Slack SDK ({@link SlackSignature.Generator}, the half of its
 * {@code Verifier} that signs) and compared here in constant time: the SDK's {@code Verifier}
 * compares with {@code String.equals} and logs the body at debug level. This is the only check a
 * request gets; Bolt's own {@code RequestVerification} is off for the app behind this endpoint.
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
        byte[] expected = new SlackSignature.Generator(signingSecret.get())
                .generate(timestamp, new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            return Verdict.BAD_SIGNATURE;
        }
        return seen.asMap().putIfAbsent(signature, Boolean.TRUE) == null ? Verdict.VALID : Verdict.DUPLICATE;
    }
}
