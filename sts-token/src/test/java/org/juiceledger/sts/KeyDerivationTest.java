package org.juiceledger.sts;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DKGA04 check values of shared docs/sts.md, and meter number rules. */
class KeyDerivationTest {

    static final VendingKey CONFORMANCE_KEY = VendingKey.ofHex("abababababababab949494949494949401234567");

    @Test
    void dkga04ReproducesTheEa07AndEa11Keys() {
        StsMeter ea07 = new StsMeter("00000000000", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA07);
        StsMeter ea11 = new StsMeter("00000000000", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA11);

        assertThat(HexFormat.of().formatHex(Dkga04.derive(CONFORMANCE_KEY, ea07))).isEqualTo("aa4baa8749c10d27");
        assertThat(HexFormat.of().formatHex(Dkga04.derive(CONFORMANCE_KEY, ea11))).isEqualTo("f94b6ed353c3bfdb113e2d3a7ea3c41d");
    }

    @Test
    void panIsIinDrnAndACheckDigit() {
        assertThat(MeterNumbers.pan("00000000000")).isEqualTo("600727000000000009");
        assertThat(MeterNumbers.luhnDigit("0123456789")).isEqualTo(7);
        assertThatThrownBy(() -> MeterNumbers.checkDrn("01234567890")).hasMessageContaining("check digit");
        assertThatThrownBy(() -> MeterNumbers.checkDrn("1234")).hasMessageContaining("11 digits");
    }

    @Test
    void vendingKeyNeverShowsItself() {
        assertThat(CONFORMANCE_KEY.toString()).doesNotContain("abab").contains("redacted");
        assertThatThrownBy(() -> VendingKey.ofHex("abcd")).isInstanceOf(StsException.class)
                .hasMessageNotContaining("abcd");
    }
}
