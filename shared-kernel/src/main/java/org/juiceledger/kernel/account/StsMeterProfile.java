package org.juiceledger.kernel.account;

/**
 * What the token engine needs to know about an STS meter, besides the vending key (which only
 * configuration holds). Validated when the meter is registered.
 */
public record StsMeterProfile(
        String supplyGroupCode,
        String tariffIndex,
        int keyRevision,
        int keyType,
        int baseDate,
        String algorithm) {
}
