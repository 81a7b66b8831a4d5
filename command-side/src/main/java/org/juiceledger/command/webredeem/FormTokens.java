package org.juiceledger.command.webredeem;

import org.juiceledger.command.card.pin.PinHasher;
import org.springframework.beans.factory.annotation.Autowired;
import org.juiceledger.platform.web.WebProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The form's hidden token, the page's protection against cross-site posts without sessions or
 * cookies: the time it was issued, a random one-time number and an HMAC over both and the client's
 * address, under a key derived from the PIN key (so every node on the same configuration accepts
 * it). A page elsewhere cannot read a token for its visitor, and a token fetched by another
 * machine does not fit the visitor's address. Tokens expire after {@code juice.web.form-token-ttl}
 * (default 30 minutes).
 */
@Component
class FormTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 32;
    private static final int TOKEN_BYTES = Long.BYTES + NONCE_BYTES + MAC_BYTES;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    FormTokens(PinHasher hasher, WebProperties settings, Clock clock) {
        this(hasher.derive("web-redeem-form"), settings.formTokenTtl(), clock);
    }

    FormTokens(byte[] key, Duration ttl, Clock clock) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A fresh token for a form shown to this address. */
    String issue(String address) {
        long issued = clock.instant().getEpochSecond();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return ENCODER.encodeToString(ByteBuffer.allocate(TOKEN_BYTES).putLong(issued).put(nonce)
                .put(mac(issued, nonce, address)).array());
    }

    /** The token's one-time number (hex) when it is genuine, issued for this address and not expired. */
    Optional<String> verify(String token, String address) {
        if (token == null || token.length() > 2 * TOKEN_BYTES) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = DECODER.decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (raw.length != TOKEN_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        long issued = buffer.getLong();
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] mac = new byte[MAC_BYTES];
        buffer.get(mac);
        if (!MessageDigest.isEqual(mac, mac(issued, nonce, address))) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond();
        if (issued > now + CLOCK_SKEW.toSeconds() || now - issued > ttl.toSeconds()) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(nonce));
    }

    /** A keyed digest of one submission of a form: its one-time number, the meter and the PIN. */
    String digest(String nonce, String meterNumber, String pin) {
        return HexFormat.of().formatHex(hmac("submission|" + nonce + "|" + meterNumber + "|" + pin));
    }

    private byte[] mac(long issued, byte[] nonce, String address) {
        return hmac("form|" + issued + "|" + HexFormat.of().formatHex(nonce) + "|" + address);
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
