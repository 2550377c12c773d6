package dev.wenda.bot.slack;

import com.slack.api.methods.SlackApiException;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries Web API calls and {@code response_url} posts that Slack answers with 429 or a 5xx, as the
 * Java Slack client itself does not (its synchronous {@code MethodsClient} throws {@link
 * SlackApiException}). A 429 waits the {@code Retry-After} seconds Slack asks for; a 5xx waits an
 * exponential backoff. At most {@value #MAX_ATTEMPTS} attempts per call; a {@code Retry-After} longer
 * than the longest wait fails at once instead of holding a worker. Other errors are not retried.
 */
final class SlackRetry {
    static final int MAX_ATTEMPTS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(SlackRetry.class);

    private final Duration backoff;
    private final Duration longestWait;
    private final Retry retry;

    /** A status Slack answered a {@code response_url} post with that may succeed later. */
    static final class RetryableStatus extends IOException {
        private static final long serialVersionUID = 1L;
        private final int code;
        private final transient Optional<String> retryAfter;

        RetryableStatus(int code, Optional<String> retryAfter, String body) {
            super("response_url answered " + code + ": " + body);
            this.code = code;
            this.retryAfter = retryAfter;
        }
    }

    /**
     * @param backoff the wait before the first retry of a 5xx (doubled for each further retry), and
     *     for a 429 without {@code Retry-After}
     * @param longestWait the longest wait accepted; a longer {@code Retry-After} is not retried
     */
    SlackRetry(Duration backoff, Duration longestWait) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.longestWait = Objects.requireNonNull(longestWait, "longestWait");
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(MAX_ATTEMPTS)
                .retryOnException(e -> waitMillis(e, 1).isPresent())
                .intervalBiFunction((Integer attempt, Either<Throwable, Object> outcome) -> outcome.isLeft()
                        ? waitMillis(outcome.getLeft(), attempt).orElse(0L)
                        : 0L)
                .build();
        this.retry = Retry.of("slack", config);
        retry.getEventPublisher()
                .onRetry(event -> LOG.warn(
                        "Slack call failed ({}); retry {} of {} in {} ms",
                        event.getLastThrowable().getMessage(),
                        event.getNumberOfRetryAttempts(),
                        MAX_ATTEMPTS - 1,
                        event.getWaitInterval().toMillis()));
    }

    /** Half a second of backoff, and at most 30 s of {@code Retry-After}. */
    static SlackRetry standard() {
        return new SlackRetry(Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** Runs {@code call}, retrying as described above; the last failure is rethrown. */
    <T> T call(Callable<T> call) throws Exception {
        return Retry.decorateCallable(retry, call).call();
    }

    /** How long to wait before retry number {@code attempt} (1-based), or empty when not to retry. */
    Optional<Long> waitMillis(Throwable failure, int attempt) {
        int code;
        Optional<String> retryAfter = Optional.empty();
        if (failure instanceof SlackApiException e && e.getResponse() != null) {
            code = e.getResponse().code();
            retryAfter = Optional.ofNullable(e.getResponse().header("Retry-After"));
        } else if (failure instanceof RetryableStatus s) {
            code = s.code;
            retryAfter = s.retryAfter;
        } else {
            return Optional.empty();
        }
        long exponential = backoff.toMillis() << Math.min(attempt - 1, 10);
        long wait;
        if (code == 429) {
            wait = retryAfter.flatMap(SlackRetry::seconds).map(s -> s * 1000).orElse(backoff.toMillis());
        } else if (code >= 500 && code <= 599) {
            wait = exponential;
        } else {
            return Optional.empty();
        }
        return wait <= longestWait.toMillis() ? Optional.of(wait) : Optional.empty();
    }

    private static Optional<Long> seconds(String header) {
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(seconds);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
