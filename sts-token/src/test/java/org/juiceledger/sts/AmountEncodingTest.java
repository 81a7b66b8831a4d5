package org.juiceledger.sts;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** The 16-bit amount (exponent and mantissa, tenths of a kWh): the check values of shared docs/sts.md and its ranges. */
class AmountEncodingTest {

    /** Every amount a token can carry, in order: the oracle the rules below are checked against. */
    static final long[] REPRESENTABLE = allRepresentable();

    private static long[] allRepresentable() {
        long[] values = new long[0x10000];
        for (int field = 0; field <= 0xFFFF; field++) {
            values[field] = TokenAmount.decode(field);
        }
        Arrays.sort(values);
        return values;
    }

    @Test
    void checkValues() {
        assertThat(TokenAmount.encode(750)).isEqualTo(0x02EE);
        assertThat(TokenAmount.encode(10000)).isEqualTo(0x2710);
        assertThat(TokenAmount.encode(256)).isEqualTo(0x0100);
    }

    @Test
    void twoThousandKwhTravelsAsTwoThousandPointFour() {
        assertThat(TokenAmount.roundUpToRepresentable(20000)).isEqualTo(20004);
        assertThat(TokenAmount.floorToRepresentable(20000)).isEqualTo(19994);
        assertThatThrownBy(() -> TokenAmount.encode(20000))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StsException.Reason.AMOUNT_TOO_LARGE);
                    assertThat(e.getMessage()).contains("cannot travel exactly", "19994");
                });
    }

    @Test
    void exponentRangesAreAsDocumented() {
        assertThat(TokenAmount.encode(1)).isEqualTo(0x0001);
        assertThat(TokenAmount.encode(16383)).isEqualTo(0x3FFF);
        assertThat(TokenAmount.encode(16384)).isEqualTo(0x4000);
        assertThat(TokenAmount.encode(180214)).isEqualTo(0x7FFF);
        assertThat(TokenAmount.encode(180224)).isEqualTo(0x8000);
        assertThat(TokenAmount.decode(0xBFFF)).isEqualTo(1818524);
        assertThat(TokenAmount.decode(0xC000)).isEqualTo(1818624);
        assertThat(TokenAmount.decode(0xFFFF)).isEqualTo(18201624).isEqualTo(TokenAmount.MAX_TENTHS);
    }

    @Test
    void everyFieldHasOneMeaningAndEncodesBackToItself() {
        for (int field = 0; field <= 0xFFFF; field++) {
            assertThat(TokenAmount.encode(TokenAmount.decode(field))).as("field %04x", field).isEqualTo(field);
        }
        assertThat(Arrays.stream(REPRESENTABLE).distinct().count()).isEqualTo(0x10000);
    }

    @Test
    void floorAndRoundUpBracketEveryAmountWithTheNearestRepresentableOnes() {
        for (long tenths = 0; tenths <= TokenAmount.MAX_TENTHS; tenths += tenths < 200_000 ? 1 : 7) {
            int at = Arrays.binarySearch(REPRESENTABLE, tenths);
            long below = at >= 0 ? tenths : REPRESENTABLE[-at - 2];
            long above = at >= 0 ? tenths : REPRESENTABLE[-at - 1];
            if (TokenAmount.floorToRepresentable(tenths) != below || TokenAmount.roundUpToRepresentable(tenths) != above) {
                fail("%d tenths: floor %d (expected %d), round up %d (expected %d)", tenths,
                        TokenAmount.floorToRepresentable(tenths), below, TokenAmount.roundUpToRepresentable(tenths), above);
            }
        }
    }

    @Test
    void theGapBetweenExponentsFloorsToTheTopOfTheLowerOne() {
        assertThat(TokenAmount.floorToRepresentable(180220)).isEqualTo(180214);
        assertThat(TokenAmount.roundUpToRepresentable(180220)).isEqualTo(180224);
        assertThat(TokenAmount.floorToRepresentable(16389)).isEqualTo(16384);
        assertThat(TokenAmount.floorToRepresentable(16390)).isEqualTo(16384);
        assertThat(TokenAmount.floorToRepresentable(16394)).isEqualTo(16394);
    }

    @Test
    void tooLargeAndNegativeAmountsAreRefusedNotTruncated() {
        assertThatThrownBy(() -> TokenAmount.encode(TokenAmount.MAX_TENTHS + 1))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StsException.Reason.AMOUNT_TOO_LARGE);
                    assertThat(e.getMessage()).contains("18201624");
                });
        assertThatThrownBy(() -> TokenAmount.floorToRepresentable(TokenAmount.MAX_TENTHS + 1))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.AMOUNT_TOO_LARGE));
        assertThatThrownBy(() -> TokenAmount.encode(Long.MAX_VALUE))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.AMOUNT_TOO_LARGE));
        assertThatThrownBy(() -> TokenAmount.encode(-1))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.INVALID_AMOUNT));
        assertThatThrownBy(() -> TokenAmount.floorToRepresentable(-1))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.INVALID_AMOUNT));
    }
}
