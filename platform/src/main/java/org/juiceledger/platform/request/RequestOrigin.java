package org.juiceledger.platform.request;

import java.util.Map;

/**
 * Who asked, through which channel, under which correlation id. Every command carries these as
 * metadata and Axon copies them onto every event the command causes.
 */
public record RequestOrigin(String who, String channel, String correlationId) {

    public static final String WHO = "who";
    public static final String CHANNEL = "channel";
    public static final String CORRELATION_ID = "correlationId";

    public Map<String, String> asMetaData() {
        return Map.of(WHO, who, CHANNEL, channel, CORRELATION_ID, correlationId);
    }
}
