package org.juiceledger.command.card.pin;

import org.juiceledger.kernel.card.PinAlphabet;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PIN length, alphabet, guess chance and the keyed hash. */
class PinRulesTest {

    private static final BigDecimal ONE_IN_A_BILLION = new BigDecimal("0.000000001");

    @Test
    void lengthsOutsideTwelveToTwentyFourAndTwentyDigitPinsAreRefused() {
        for (int length : new int[]{11, 25}) {
            assertThatThrownBy(() -> PinSpace.checkLength(length, PinAlphabet.ALPHANUMERIC))
                    .isInstanceOf(DomainException.class).hasMessageContaining("12 to 24")
                    .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.PIN_LENGTH_NOT_ALLOWED);
        }
        assertThatThrownBy(() -> PinSpace.checkLength(20, PinAlphabet.NUMERIC))
                .isInstanceOf(DomainException.class).hasMessageContaining("STS token")
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.PIN_LENGTH_NOT_ALLOWED);
        PinSpace.checkLength(20, PinAlphabet.ALPHANUMERIC);
        PinSpace.checkLength(12, PinAlphabet.NUMERIC);
    }

    @Test
    void tooSmallASpaceNamesTheShortestLengthThatPasses() {
        // 10^12 PINs and 1001 live cards: 1.001e-9 per guess, just above the bound; 13 digits pass.
        assertThatThrownBy(() -> PinSpace.checkGuessChance(1001, 12, PinAlphabet.NUMERIC, ONE_IN_A_BILLION))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PIN_SPACE_TOO_SMALL);
                    assertThat(e.getMessage()).contains("shortest length that passes is 13");
                    assertThat(e.details()).containsEntry("shortestPinLength", 13);
                });
        PinSpace.checkGuessChance(1000, 12, PinAlphabet.NUMERIC, ONE_IN_A_BILLION);
    }

    @Test
    void theShortestPassingNumericLengthSkipsTwenty() {
        // 10^19 PINs hold 10^10 live cards; 2*10^10 need 21 digits, since 20 digits are never used.
        assertThatThrownBy(() -> PinSpace.checkGuessChance(20_000_000_000L, 19, PinAlphabet.NUMERIC, ONE_IN_A_BILLION))
                .hasMessageContaining("shortest length that passes is 21");
    }

    @Test
    void generatedPinsUseOnlyTheirAlphabetAndDiffer() {
        PinGenerator generator = new PinGenerator(new SecureRandom());
        Set<String> pins = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String pin = generator.next(16, PinAlphabet.ALPHANUMERIC);
            assertThat(pin).hasSize(16).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]+");
            pins.add(pin);
        }
        assertThat(pins).hasSize(1000);
        assertThat(generator.next(12, PinAlphabet.NUMERIC)).matches("[0-9]{12}");
        assertThatThrownBy(() -> generator.next(20, PinAlphabet.NUMERIC)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashIsKeyedAndIgnoresCaseSpacesAndDashes() {
        PinHasher one = new PinHasher(new byte[32]);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        PinHasher two = new PinHasher(otherKey);

        assertThat(one.hash("abcd-efgh 2345")).isEqualTo(one.hash("ABCDEFGH2345")).hasSize(64);
        assertThat(two.hash("ABCDEFGH2345")).isNotEqualTo(one.hash("ABCDEFGH2345"));
        assertThat(one.hash("ABCDEFGH2345")).doesNotContain("ABCDEFGH2345");
    }
}
