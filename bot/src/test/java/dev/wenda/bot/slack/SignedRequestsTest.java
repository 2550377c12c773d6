package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignedRequestsTest {
    private static final String SECRET = "test-signing-secret";
    private static final long NOW = 1_765_000_000L;
    private static final String BODY = "command=%2Fwenda&text=ask+%E6%A2%AF%E5%BA%A6";

    private final SignedRequests signed =
            new SignedRequests(() -> SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    private static String sign(long timestamp, String body) {
        return new SlackSignature.Generator(SECRET).generate(Long.toString(timestamp), body);
    }

    private SignedRequests.Verdict verify(long timestamp, String signature, String body) {
        return signed.verify(Long.toString(timestamp), signature, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a body signed as Slack signs it is valid once, then a duplicate")
    void verify_slackSignature_validThenDuplicate() {
        String signature = sign(NOW, BODY);
        assertEquals(SignedRequests.Verdict.VALID, verify(NOW, signature, BODY));
        assertEquals(SignedRequests.Verdict.DUPLICATE, verify(NOW, signature, BODY));
    }

    @Test
    @DisplayName("a changed body, another secret or a signature cut short is a bad signature")
    void verify_mismatch_isBadSignature() {
        String signature = sign(NOW, BODY);
        assertEquals(SignedRequests.Verdict.BAD_SIGNATURE, verify(NOW, signature, BODY + "&x=1"));
        String other = new SlackSignature.Generator("another-secret").generate(Long.toString(NOW), BODY);
        assertEquals(SignedRequests.Verdict.BAD_SIGNATURE, verify(NOW, other, BODY));
        assertEquals(
                SignedRequests.Verdict.BAD_SIGNATURE,
                verify(NOW, signature.substring(0, signature.length() - 1), BODY));
    }

    @Test
    @DisplayName("the timestamp may be five minutes off either way, not a second more")
    void precheck_window_bothWays() {
        assertEquals(Optional.empty(), signed.precheck(Long.toString(NOW - 300), "v0=ab"));
        assertEquals(Optional.empty(), signed.precheck(Long.toString(NOW + 300), "v0=ab"));
        assertEquals(
                Optional.of(SignedRequests.Verdict.OUTSIDE_WINDOW), signed.precheck(Long.toString(NOW - 301), "v0=ab"));
        assertEquals(
                Optional.of(SignedRequests.Verdict.OUTSIDE_WINDOW), signed.precheck(Long.toString(NOW + 301), "v0=ab"));
        assertEquals(SignedRequests.Verdict.OUTSIDE_WINDOW, verify(NOW + 301, sign(NOW + 301, BODY), BODY));
    }

    @Test
    @DisplayName("no timestamp, a non-numeric one, or a signature without v0= is refused from the headers")
    void precheck_missingOrMalformed_isMissingHeaders() {
        assertEquals(Optional.of(SignedRequests.Verdict.MISSING_HEADERS), signed.precheck(null, "v0=ab"));
        assertEquals(Optional.of(SignedRequests.Verdict.MISSING_HEADERS), signed.precheck("12a", "v0=ab"));
        assertEquals(Optional.of(SignedRequests.Verdict.MISSING_HEADERS), signed.precheck(Long.toString(NOW), "v1=ab"));
        assertEquals(Optional.of(SignedRequests.Verdict.MISSING_HEADERS), signed.precheck(Long.toString(NOW), null));
    }
}
