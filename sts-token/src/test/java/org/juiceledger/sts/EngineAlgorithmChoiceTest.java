package org.juiceledger.sts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which key derivation and cipher the engine uses, and what it refuses (EA07 with synthetic tables). */
class EngineAlgorithmChoiceTest {

    private static final Ea07Tables SYNTHETIC = SyntheticEa07Tables.random(99);
    private static final StsMeter EA07_METER = new StsMeter("00000000000", "123456", "01", 1, 2, 1993, StsMeter.Algorithm.EA07);
    private static final StsMeter EA11_METER = new StsMeter("00000000000", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA11);

    @Test
    void a64BitKeyUsesDkga02WithEa07() {
        StsTokenEngine engine = new StsTokenEngine(Dkga02Test.KEY_64, SYNTHETIC);
        TokenBlock block = new TokenBlock(0, 0, 4, 5915550, TokenAmount.encode(256));
        String expected = TokenBlock.toDigits(0, new Sta(SYNTHETIC, Dkga02.derive(Dkga02Test.KEY_64, EA07_METER)).encrypt(block.dataBlock()));

        String token = engine.creditToken(EA07_METER, 256, 5915550, 4);

        assertThat(token).isEqualTo(expected);
        DecodedToken decoded = engine.decode(EA07_METER, token);
        assertThat(decoded.amountTenths()).isEqualTo(256);
        assertThat(decoded.tid()).isEqualTo(5915550);
        assertThat(decoded.rnd()).isEqualTo(4);
    }

    @Test
    void a160BitKeyUsesDkga04WithEa07() {
        StsTokenEngine engine = new StsTokenEngine(KeyDerivationTest.CONFORMANCE_KEY, SYNTHETIC);
        StsMeter meter = new StsMeter("00000000000", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA07);
        TokenBlock block = new TokenBlock(2, StsTokenEngine.SUBCLASS_CLEAR_CREDIT, 1, 100, 0xFFFF);
        String expected = TokenBlock.toDigits(2,
                new Sta(SYNTHETIC, Dkga04.derive(KeyDerivationTest.CONFORMANCE_KEY, meter)).encrypt(block.dataBlock()));

        String token = engine.managementToken(meter, StsTokenEngine.SUBCLASS_CLEAR_CREDIT, 0xFFFF, 100, 1);

        assertThat(token).isEqualTo(expected);
        assertThat(engine.decode(meter, token).field()).isEqualTo(0xFFFF);
    }

    @Test
    void theTablesDoNotChangeEa11() {
        assertThat(new StsTokenEngine(KeyDerivationTest.CONFORMANCE_KEY, SYNTHETIC).creditToken(EA11_METER, 256, 5915550, 5))
                .isEqualTo("63638916334124550935");
    }

    @Test
    void ea07WithoutTablesIsRefusedClearly() {
        StsTokenEngine engine = new StsTokenEngine(Dkga02Test.KEY_64);

        assertThatThrownBy(() -> engine.creditToken(EA07_METER, 10, 1, 1))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StsException.Reason.UNSUPPORTED_ALGORITHM);
                    assertThat(e.getMessage()).contains("EA07 needs the STA tables file");
                });
        assertThat(engine.supports(EA07_METER)).isFalse();
        assertThat(new StsTokenEngine(Dkga02Test.KEY_64, SYNTHETIC).supports(EA07_METER)).isTrue();
    }

    @Test
    void ea11NeedsA160BitKey() {
        StsTokenEngine engine = new StsTokenEngine(Dkga02Test.KEY_64, SYNTHETIC);

        assertThatThrownBy(() -> engine.creditToken(EA11_METER, 10, 1, 1))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StsException.Reason.UNSUPPORTED_ALGORITHM);
                    assertThat(e.getMessage()).contains("160-bit");
                });
        assertThat(engine.supports(EA11_METER)).isFalse();
    }

    @Test
    void anEa07TokenDoesNotDecodeUnderOtherTables() {
        String token = new StsTokenEngine(Dkga02Test.KEY_64, SYNTHETIC).creditToken(EA07_METER, 500, 42, 3);

        assertThatThrownBy(() -> new StsTokenEngine(Dkga02Test.KEY_64, SyntheticEa07Tables.random(100)).decode(EA07_METER, token))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.CRC_MISMATCH));
    }

    @Test
    void anEngineNeedsAKey() {
        assertThatThrownBy(() -> new StsTokenEngine(null, SYNTHETIC)).isInstanceOf(StsException.class);
    }
}
