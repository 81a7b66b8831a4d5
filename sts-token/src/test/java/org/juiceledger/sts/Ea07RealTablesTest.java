package org.juiceledger.sts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * EA07 with the licensed STA tables. Runs only when {@code JUICE_STS_EA07_TABLES} (system property
 * or environment variable) names the tables file, which is never in the repository; skipped
 * otherwise. With {@code JUICE_STS_EA07_CHECK=DK:PLAIN:CIPHER} (16 hex digits each, e.g. the
 * standard's worked example) it also checks one known encryption.
 */
class Ea07RealTablesTest {

    private static Ea07Tables tables;

    @BeforeEach
    void load() {
        assumeTrue(Ea07Tables.configuredFile().isPresent(), Ea07Tables.ENV + " does not name the STA tables file");
        if (tables == null) {
            tables = Ea07Tables.load(Ea07Tables.configuredFile().orElseThrow());
        }
    }

    @Test
    void encryptionAndDecryptionAreInverses() {
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            Sta sta = new Sta(tables, Dkga02.toBytes(random.nextLong()));
            long block = random.nextLong();
            assertThat(sta.decrypt(sta.encrypt(block))).isEqualTo(block);
        }
    }

    @Test
    void tokensRoundTripUnderBothKeyDerivations() {
        StsMeter meter = new StsMeter("00000000000", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA07);
        for (VendingKey key : new VendingKey[]{Dkga02Test.KEY_64, KeyDerivationTest.CONFORMANCE_KEY}) {
            StsTokenEngine engine = new StsTokenEngine(key, tables);
            DecodedToken decoded = engine.decode(meter, engine.creditToken(meter, 256, 5915550, 5));
            assertThat(decoded.amountTenths()).isEqualTo(256);
            assertThat(decoded.tid()).isEqualTo(5915550);
        }
    }

    @Test
    void matchesAKnownEncryptionWhenOneIsGiven() {
        String check = System.getenv("JUICE_STS_EA07_CHECK");
        assumeTrue(check != null && check.matches("\\s*[0-9A-Fa-f]{16}:[0-9A-Fa-f]{16}:[0-9A-Fa-f]{16}\\s*"),
                "JUICE_STS_EA07_CHECK=DK:PLAIN:CIPHER not given");
        String[] parts = check.strip().split(":");
        Sta sta = new Sta(tables, HexFormat.of().parseHex(parts[0]));
        long plain = Long.parseUnsignedLong(parts[1], 16);
        long cipher = Long.parseUnsignedLong(parts[2], 16);

        assertThat(sta.encrypt(plain)).isEqualTo(cipher);
        assertThat(sta.decrypt(cipher)).isEqualTo(plain);
    }
}
