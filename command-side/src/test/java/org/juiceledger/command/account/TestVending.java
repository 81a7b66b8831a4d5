package org.juiceledger.command.account;

import org.juiceledger.command.sts.StsTokenVending;
import org.juiceledger.command.sts.TokenVending;
import org.juiceledger.sts.InMemoryTidAllocator;
import org.juiceledger.sts.StsTokenEngine;
import org.juiceledger.sts.VendingKey;

import java.time.Clock;

/** The real STS engine under the public conformance vending key, with TIDs kept in memory. */
final class TestVending {

    static final VendingKey CONFORMANCE_KEY = VendingKey.ofHex("abababababababab949494949494949401234567");

    private TestVending() {
    }

    static TokenVending engine() {
        return new StsTokenVending(new StsTokenEngine(CONFORMANCE_KEY), new InMemoryTidAllocator(), Clock.systemUTC());
    }
}
