package dev.wenda.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkSignerTest {
    private static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");
    private final LinkSigner signer = new LinkSigner(WebFixture.SECRET);
    private final Grant grant = new Grant("SLACK", "T123", "C9", "U42", Grant.Access.ADMIN, NOW.plusSeconds(3600));

    @Test
    void verify_signedToken_givesBackTheGrantUntilItExpires() {
        String token = signer.sign(grant);
        assertEquals(new LinkSigner.Verdict.Valid(grant), signer.verify(token, NOW));
        assertEquals(new LinkSigner.Verdict.Expired(grant), signer.verify(token, NOW.plusSeconds(3600)));
    }

    @Test
    void verify_changedCutOrForeignToken_isInvalid() {
        String token = signer.sign(grant);
        String user = signer.sign(new Grant("SLACK", "T123", "C9", "U42", Grant.Access.USER, grant.expires()));
        String forged = user.substring(0, user.indexOf('.')) + token.substring(token.indexOf('.'));
        assertInstanceOf(LinkSigner.Verdict.Invalid.class, signer.verify(forged, NOW));
        assertInstanceOf(LinkSigner.Verdict.Invalid.class, signer.verify(token.substring(0, token.length() - 2), NOW));
        assertInstanceOf(LinkSigner.Verdict.Invalid.class, signer.verify("not a token", NOW));
        assertInstanceOf(LinkSigner.Verdict.Invalid.class, signer.verify("%%%.***", NOW));
        LinkSigner other = new LinkSigner("another secret, also long enough".getBytes(StandardCharsets.UTF_8));
        assertInstanceOf(LinkSigner.Verdict.Invalid.class, other.verify(token, NOW));
    }

    @Test
    void pseudonym_isStablePerCommunityAndHidesTheId() {
        String p = signer.pseudonym("SLACK", "T123", "U42");
        assertEquals(16, p.length());
        assertEquals(p, signer.pseudonym("SLACK", "T123", "U42"));
        assertNotEquals(p, signer.pseudonym("SLACK", "T999", "U42"));
    }

    @Test
    void constructor_shortSecret_isRefusedNamingTheKey() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LinkSigner(new byte[8]));
        assertEquals("web.secret must be at least 16 bytes, was 8", e.getMessage());
    }
}
