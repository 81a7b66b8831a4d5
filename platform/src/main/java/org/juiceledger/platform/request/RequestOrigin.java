package org.juiceledger.platform.request;

import org.juiceledger.kernel.Metadata;

import java.util.Map;

/**
 * Who asked, through which channel, under which correlation id. Every command carries these as
 * metadata and Axon copies them onto every event the command causes.
 */
public record RequestOrigin(String who, String channel, String correlationId) {

    public Map<String, String> asMetaData() {
        return Map.of(Metadata.WHO, who, Metadata.CHANNEL, channel, Metadata.CORRELATION_ID, correlationId);
    }
}
