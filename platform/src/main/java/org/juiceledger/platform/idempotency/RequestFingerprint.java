package org.juiceledger.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of method, path, query and body: enough to tell a retry from a different request under
 * the same key, without keeping the body (it may hold a PIN or a password).
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(HttpServletRequest request, byte[] body) {
        MessageDigest sha256 = sha256();
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        sha256.update((request.getMethod() + ' ' + request.getRequestURI() + '?' + query + '\n')
                .getBytes(StandardCharsets.UTF_8));
        sha256.update(body);
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
