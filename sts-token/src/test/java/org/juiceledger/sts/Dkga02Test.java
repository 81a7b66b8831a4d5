package org.juiceledger.sts;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DKGA02 check values of shared docs/sts.md. */
class Dkga02Test {

    static final VendingKey KEY_64 = VendingKey.ofHex("abababababababab");
    static final StsMeter CHECK_METER = new StsMeter("00000000000", "123456", "01", 1, 2, 1993, StsMeter.Algorithm.EA07);

    @Test
    void buildsThePanAndControlBlocks() {
        assertThat(Dkga02.panBlock(CHECK_METER)).isEqualTo(0x0072700000000000L);
        assertThat(Dkga02.controlBlock(CHECK_METER)).isEqualTo(0x2123456011FFFFFFL);
        assertThat(Dkga02.panBlock(CHECK_METER) ^ Dkga02.controlBlock(CHECK_METER)).isEqualTo(0x2151356011ffffffL);
    }

    @Test
    void reproducesTheDesOutputAndTheDecoderKey() {
        assertThat(Dkga02.des(KEY_64, 0x2151356011ffffffL)).isEqualTo(0x6ca9aad4270fa73bL);
        assertThat(HexFormat.of().formatHex(Dkga02.derive(KEY_64, CHECK_METER))).isEqualTo("e653341f9d5bf36f");
    }

    @Test
    void theKeyDependsOnEveryMeterInputButNotTheBaseDate() {
        byte[] reference = Dkga02.derive(KEY_64, CHECK_METER);
        StsMeter[] others = {
            new StsMeter("01234567897", "123456", "01", 1, 2, 1993, StsMeter.Algorithm.EA07),
            new StsMeter("00000000000", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA07),
            new StsMeter("00000000000", "123456", "02", 1, 2, 1993, StsMeter.Algorithm.EA07),
            new StsMeter("00000000000", "123456", "01", 2, 2, 1993, StsMeter.Algorithm.EA07),
            new StsMeter("00000000000", "123456", "01", 1, 1, 1993, StsMeter.Algorithm.EA07)};
        for (StsMeter other : others) {
            assertThat(Dkga02.derive(KEY_64, other)).as(other.toString()).isNotEqualTo(reference);
        }
        assertThat(Dkga02.derive(KEY_64, new StsMeter("00000000000", "123456", "01", 1, 2, 2014, StsMeter.Algorithm.EA07)))
                .isEqualTo(reference);
    }

    @Test
    void takesOnlyA64BitVendingKey() {
        assertThatThrownBy(() -> Dkga02.derive(KeyDerivationTest.CONFORMANCE_KEY, CHECK_METER))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.INVALID_KEY));
    }
}
