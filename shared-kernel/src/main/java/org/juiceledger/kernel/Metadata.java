package org.juiceledger.kernel;

import java.util.Set;

/**
 * The names of the metadata every command carries and Axon copies onto every event it causes:
 * the one place they are written, for the side that stamps them and the side that reads them.
 */
public final class Metadata {

    /** The signed-in user (a gateway's login for SMS and IVR, {@code web} for the customer page). */
    public static final String WHO = "who";
    /** REST, SMS, IVR, WEB or SYSTEM. */
    public static final String CHANNEL = "channel";
    /** The caller's {@code X-Correlation-Id}, or one made for the request. */
    public static final String CORRELATION_ID = "correlationId";
    /** The customer's phone number behind an SMS. */
    public static final String FROM = "from";
    /** The customer's caller id behind an IVR call. */
    public static final String CALLER_ID = "callerId";
    /** The client's IP address behind a web redemption. */
    public static final String CLIENT_ADDRESS = "clientAddress";

    /**
     * On a command only (never copied onto events): the login, Idempotency-Key and request
     * fingerprint of the keyed request that sent it, for the record of its events that must outlive
     * a lost database commit when the command runs on another thread or node (Axon Server).
     */
    public static final String KEYED_LOGIN = "keyedLogin";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String REQUEST_HASH = "requestHash";

    /** The keys that hold a customer's personal data (masked in the audit history). */
    public static final Set<String> PERSONAL = Set.of(FROM, CALLER_ID, CLIENT_ADDRESS);

    private Metadata() {
    }
}
