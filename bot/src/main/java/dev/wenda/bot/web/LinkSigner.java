package dev.wenda.bot.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks link tokens with HMAC-SHA256 under the server's secret: {@code
 * base64url(payload) "." base64url(mac)}. The payload is the {@link Grant}'s fields, one per line.
 * Also derives the stable pseudonyms that stand for players in page addresses, so no platform id
 * appears in a page.
 */
public final class LinkSigner {
    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    /** @param key the server's secret; at least 16 bytes */
    public LinkSigner(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("web.secret must be at least 16 bytes, was " + key.length);
        }
        this.key = key.clone();
    }

    /** The outcome of checking a token. */
    public sealed interface Verdict {
        record Valid(Grant grant) implements Verdict {}

        record Expired(Grant grant) implements Verdict {}

        /** Not made by this server: changed, cut short or signed with another secret. */
        record Invalid() implements Verdict {}
    }

    public String sign(Grant grant) {
        String payload = String.join(
                "\n",
                VERSION,
                grant.platform(),
                grant.community(),
                grant.channel(),
                grant.user(),
                grant.access().name(),
                Long.toString(grant.expires().getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    public Verdict verify(String token, Instant now) {
        if (token == null) {
            return new Verdict.Invalid();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return new Verdict.Invalid();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return new Verdict.Invalid();
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return new Verdict.Invalid();
        }
        List<String> fields = Arrays.asList(new String(payload, StandardCharsets.UTF_8).split("\n", -1));
        if (fields.size() != 7 || !fields.get(0).equals(VERSION)) {
            return new Verdict.Invalid();
        }
        Grant grant = new Grant(
                fields.get(1),
                fields.get(2),
                fields.get(3),
                fields.get(4),
                Grant.Access.valueOf(fields.get(5)),
                Instant.ofEpochSecond(Long.parseLong(fields.get(6))));
        return now.isBefore(grant.expires()) ? new Verdict.Valid(grant) : new Verdict.Expired(grant);
    }

    /** The player's pseudonym in page addresses: the same for the same player and community, 16 characters. */
    public String pseudonym(String platform, String community, String user) {
        byte[] mac = mac(String.join("\n", "player", platform, community, user).getBytes(StandardCharsets.UTF_8));
        return ENCODER.encodeToString(Arrays.copyOf(mac, 12));
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
