package org.juiceledger.command.card.pin;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SeenPinHashesTest {

    @Test
    void aHashIsNewOnceAndTheTableGrowsPastItsExpectedSize() {
        SeenPinHashes seen = new SeenPinHashes(4);
        Random random = new Random(7);
        String[] hashes = new String[1_000];
        for (int i = 0; i < hashes.length; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            hashes[i] = HexFormat.of().formatHex(bytes);
            assertThat(seen.add(hashes[i])).isTrue();
        }
        for (String hash : hashes) {
            assertThat(seen.add(hash)).isFalse();
        }
    }

    @Test
    void theZeroPrefixIsAHashLikeAnyOther() {
        SeenPinHashes seen = new SeenPinHashes(16);
        String zero = "0".repeat(64);
        assertThat(seen.add(zero)).isTrue();
        assertThat(seen.add(zero)).isFalse();
    }
}
