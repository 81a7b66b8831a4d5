package org.juiceledger.sts;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check values of shared docs/sts.md for the CRC, the amount and the class-bit swap. */
class TokenFormatTest {

    @Test
    void crcMatchesTheCheckValues() {
        assertThat(Crc16.of(0x0B19EB230100L)).isEqualTo(0xC207);
        assertThat(new TokenBlock(0, 0, 5, 0xC02A55, 0x2710).crc()).isEqualTo(0x1970);
    }

    @Test
    void amountsEncodeAsTheCheckValuesSay() {
        assertThat(TokenAmount.encode(750)).isEqualTo(0x02EE);
        assertThat(TokenAmount.encode(10000)).isEqualTo(0x2710);
        assertThat(TokenAmount.floorToRepresentable(20000)).isEqualTo(19994);
        assertThat(TokenAmount.decode(TokenAmount.encode(20004))).isEqualTo(20004);
        assertThatThrownBy(() -> TokenAmount.encode(20000)).isInstanceOf(StsException.class)
                .hasMessageContaining("cannot travel exactly");
    }

    @Test
    void exponentBoundariesRoundTrip() {
        for (long tenths : new long[]{1, 16383, 16384, 180214, 180224, 1818524, 1818624, TokenAmount.MAX_TENTHS}) {
            assertThat(TokenAmount.decode(TokenAmount.encode(tenths))).as("tenths %d", tenths).isEqualTo(tenths);
        }
        assertThat(TokenAmount.MAX_TENTHS).isEqualTo(18201624);
        assertThatThrownBy(() -> TokenAmount.encode(TokenAmount.MAX_TENTHS + 1))
                .isInstanceOfSatisfying(StsException.class,
                        e -> assertThat(e.reason()).isEqualTo(StsException.Reason.AMOUNT_TOO_LARGE));
    }

    @Test
    void classBitsSwapAsInTheExamples() {
        assertThat(TokenBlock.toDigits(0, 0x492083C0AE7CE455L)).isEqualTo("23716100501183194197");
        assertThat(TokenBlock.toDigits(0, 0x9335C6C96B7352DCL)).isEqualTo("29054347139309851356");
        TokenBlock.Parsed parsed = TokenBlock.parse("23716100501183194197");
        assertThat(parsed.tokenClass()).isZero();
        assertThat(parsed.ciphertext()).isEqualTo(0x492083C0AE7CE455L);
    }

    @Test
    void dataBlockIsSubclassToCrc() {
        assertThat(new TokenBlock(0, 0, 5, 5915550, 0x0100).dataBlock()).isEqualTo(0x055a439e010036a2L);
        assertThat(new TokenBlock(0, 0, 5, 0x599863, 0x0001).dataBlock()).isEqualTo(0x05599863000119E6L);
        assertThat(new TokenBlock(0, 0, 0xB, 0x19EB23, 0x0100).dataBlock()).isEqualTo(0x0B19EB230100C207L);
    }

    @Test
    void theFirstSwapExampleGoesThroughTheDocumented66BitValue() {
        String token = TokenBlock.toDigits(0, 0x492083C0AE7CE455L);

        assertThat(new BigInteger(token)).isEqualTo(new BigInteger("1492083C0A67CE455", 16));
    }

    @Test
    void theSecondSwapExampleParsesBack() {
        TokenBlock.Parsed parsed = TokenBlock.parse("29054347139309851356");

        assertThat(parsed.tokenClass()).isZero();
        assertThat(parsed.ciphertext()).isEqualTo(0x9335C6C96B7352DCL);
    }

    @Test
    void everyClassSurvivesTheSwapAndLeadingZerosArePadded() {
        Random random = new Random(66);
        for (int i = 0; i < 2000; i++) {
            int tokenClass = i % 4;
            long ciphertext = i < 8 ? i : random.nextLong();
            String token = TokenBlock.toDigits(tokenClass, ciphertext);

            assertThat(token).hasSize(20).containsOnlyDigits();
            assertThat(TokenBlock.parse(token)).isEqualTo(new TokenBlock.Parsed(tokenClass, ciphertext));
        }
        assertThat(TokenBlock.toDigits(0, 0L)).isEqualTo("00000000000000000000");
    }

    @Test
    void malformedTokensAreRefused() {
        assertThatThrownBy(() -> TokenBlock.parse("1234")).isInstanceOf(StsException.class);
        assertThatThrownBy(() -> TokenBlock.parse("99999999999999999999")).hasMessageContaining("too large");
    }
}
