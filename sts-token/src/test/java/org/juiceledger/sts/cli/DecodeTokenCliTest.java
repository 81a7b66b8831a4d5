package org.juiceledger.sts.cli;

import org.juiceledger.sts.StsMeter;
import org.juiceledger.sts.StsTokenEngine;
import org.juiceledger.sts.SyntheticEa07Tables;
import org.juiceledger.sts.VendingKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The support tool: output for good tokens, exit codes and messages for bad input; the key never shows. */
class DecodeTokenCliTest {

    private static final String KEY_160 = "abababababababab949494949494949401234567";
    private static final String KEY_64 = "abababababababab";
    private static final String CONFORMANCE_TOKEN = "63638916334124550935";
    private static final String[] CONFORMANCE_METER = {"00000000000", "123457", "01", "1", "2", "1993", "EA11"};

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return DecodeTokenCli.run(args, env, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String[] args(String token, String... meter) {
        String[] all = new String[meter.length + 1];
        all[0] = token;
        System.arraycopy(meter, 0, all, 1, meter.length);
        return all;
    }

    private static Map<String, String> env(String key) {
        Map<String, String> env = new HashMap<>();
        env.put(DecodeTokenCli.VENDING_KEY_ENV, key);
        return env;
    }

    @Test
    void decodesTheConformanceToken() {
        int code = run(env(KEY_160), args(CONFORMANCE_TOKEN, CONFORMANCE_METER));

        assertThat(code).isZero();
        assertThat(output())
                .contains("class:     0 (credit)")
                .contains("subclass:  0 (electricity, kWh)")
                .contains("TID:       5915550 (2004-04-01T00:30:00Z)")
                .contains("RND:       5")
                .contains("amount:    25.6 kWh")
                .doesNotContainIgnoringCase("abababab")
                .doesNotContain("94949494");
    }

    @Test
    void acceptsATokenWrittenInGroups() {
        assertThat(run(env(KEY_160), args("6363-8916-3341-2455-0935", CONFORMANCE_METER))).isZero();
        assertThat(output()).contains("25.6 kWh");
    }

    @Test
    void showsTheRegisterValueOfAManagementToken() {
        StsMeter meter = new StsMeter("00000000000", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA11);
        String token = new StsTokenEngine(VendingKey.ofHex(KEY_160)).managementToken(meter, StsTokenEngine.SUBCLASS_CLEAR_CREDIT, 0xFFFF, 6000000, 2);

        assertThat(run(env(KEY_160), args(token, CONFORMANCE_METER))).isZero();
        assertThat(output())
                .contains("class:     2 (meter-specific management)")
                .contains("subclass:  1 (clear credit)")
                .contains("value:     65535 (0xFFFF), all registers")
                .doesNotContain("amount");
    }

    @Test
    void printsUsageOnHelp() {
        assertThat(run(env(KEY_160), "--help")).isZero();
        assertThat(output()).contains("usage: DecodeTokenCli TOKEN DRN SGC TI KRN KT BASE_DATE ALGORITHM")
                .contains(DecodeTokenCli.VENDING_KEY_ENV);
    }

    @Test
    void refusesTheWrongNumberOfArgumentsWithoutEchoingThem() {
        String[] withKey = args(CONFORMANCE_TOKEN, "00000000000", "123457", "01", "1", "2", "1993", "EA11", KEY_160);

        assertThat(run(env(KEY_160), withKey)).isEqualTo(DecodeTokenCli.BAD_ARGUMENTS);
        assertThat(output()).contains("expected 8 arguments, got 9").contains("only from JUICE_STS_VENDING_KEY")
                .doesNotContain("abababab");
        buffer.reset();
        assertThat(run(env(KEY_160))).isEqualTo(DecodeTokenCli.BAD_ARGUMENTS);
        assertThat(output()).contains("usage:");
    }

    @Test
    void namesTheBadArgument() {
        assertBadArgument(args("1234", CONFORMANCE_METER), "TOKEN is 20 digits");
        assertBadArgument(args(CONFORMANCE_TOKEN, "00000000001", "123457", "01", "1", "2", "1993", "EA11"), "check digit");
        assertBadArgument(args(CONFORMANCE_TOKEN, "00000000000", "12345", "01", "1", "2", "1993", "EA11"), "supply group code");
        assertBadArgument(args(CONFORMANCE_TOKEN, "00000000000", "123457", "1", "1", "2", "1993", "EA11"), "tariff index");
        assertBadArgument(args(CONFORMANCE_TOKEN, "00000000000", "123457", "01", "0", "2", "1993", "EA11"), "key revision");
        assertBadArgument(args(CONFORMANCE_TOKEN, "00000000000", "123457", "01", "x", "2", "1993", "EA11"), "KRN");
        assertBadArgument(args(CONFORMANCE_TOKEN, "00000000000", "123457", "01", "1", "22", "1993", "EA11"), "KT");
        assertBadArgument(args(CONFORMANCE_TOKEN, "00000000000", "123457", "01", "1", "2", "2000", "EA11"), "BASE_DATE");
        assertBadArgument(args(CONFORMANCE_TOKEN, "00000000000", "123457", "01", "1", "2", "1993", "EA09"), "ALGORITHM");
    }

    private void assertBadArgument(String[] args, String message) {
        buffer.reset();
        assertThat(run(env(KEY_160), args)).as(message).isEqualTo(DecodeTokenCli.BAD_ARGUMENTS);
        assertThat(output()).startsWith("error: ").containsIgnoringCase(message);
    }

    @Test
    void acceptsShortBaseDatesAndAlgorithmCodes() {
        assertThat(run(env(KEY_160), args(CONFORMANCE_TOKEN, "00000000000", "123457", "01", "1", "2", "93", "11"))).isZero();
    }

    @Test
    void rejectsATokenForAnotherMeter() {
        int code = run(env(KEY_160), args(CONFORMANCE_TOKEN, "01234567897", "123457", "01", "1", "2", "1993", "EA11"));

        assertThat(code).isEqualTo(DecodeTokenCli.TOKEN_REJECTED);
        assertThat(output()).contains("error: ").contains("CRC");
    }

    @Test
    void rejectsANumberTooLargeToBeAToken() {
        assertThat(run(env(KEY_160), args("99999999999999999999", CONFORMANCE_METER))).isEqualTo(DecodeTokenCli.TOKEN_REJECTED);
        assertThat(output()).contains("too large");
    }

    @Test
    void needsTheVendingKeyFromTheEnvironment() {
        assertThat(run(Map.of(), args(CONFORMANCE_TOKEN, CONFORMANCE_METER))).isEqualTo(DecodeTokenCli.BAD_CONFIGURATION);
        assertThat(output()).contains("JUICE_STS_VENDING_KEY is not set");
    }

    @Test
    void refusesABadKeyWithoutShowingIt() {
        assertThat(run(env("abababababababab9494"), args(CONFORMANCE_TOKEN, CONFORMANCE_METER)))
                .isEqualTo(DecodeTokenCli.BAD_CONFIGURATION);
        assertThat(output()).contains("JUICE_STS_VENDING_KEY").doesNotContain("abab").doesNotContain("9494");
    }

    @Test
    void refusesEa11UnderA64BitKey() {
        assertThat(run(env(KEY_64), args(CONFORMANCE_TOKEN, CONFORMANCE_METER))).isEqualTo(DecodeTokenCli.BAD_CONFIGURATION);
        assertThat(output()).contains("160-bit").doesNotContain("abab");
    }

    @Test
    void refusesEa07WithoutTheTablesFile() {
        String[] args = args(CONFORMANCE_TOKEN, "00000000000", "123456", "01", "1", "2", "1993", "EA07");

        assertThat(run(env(KEY_64), args)).isEqualTo(DecodeTokenCli.BAD_CONFIGURATION);
        assertThat(output()).contains("EA07 needs the STA tables file");
    }

    @Test
    void decodesAnEa07TokenWithATablesFile(@TempDir Path dir) throws Exception {
        // Synthetic tables made up for the test, not the licensed STA tables.
        int[][] raw = SyntheticEa07Tables.raw(2024);
        Path file = dir.resolve("sta.txt");
        Files.writeString(file, SyntheticEa07Tables.fileText(raw));
        StsMeter meter = new StsMeter("01234567897", "123456", "07", 3, 1, 2014, StsMeter.Algorithm.EA07);
        String token = new StsTokenEngine(VendingKey.ofHex(KEY_64), SyntheticEa07Tables.random(2024))
                .creditToken(meter, 180224, 5_000_000, 11);
        Map<String, String> env = env(KEY_64);
        env.put("JUICE_STS_EA07_TABLES", file.toString());

        assertThat(run(env, args(token, "01234567897", "123456", "07", "3", "1", "2014", "EA07"))).isZero();
        assertThat(output()).contains("amount:    18022.4 kWh").contains("TID:       5000000 (2023-07-05T05:20:00Z)");
    }

    @Test
    void refusesABrokenTablesFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sta.txt");
        Files.writeString(file, "S1: 0123456789abcdef\n");
        Map<String, String> env = env(KEY_64);
        env.put("JUICE_STS_EA07_TABLES", file.toString());

        assertThat(run(env, args(CONFORMANCE_TOKEN, "00000000000", "123456", "01", "1", "2", "1993", "EA07")))
                .isEqualTo(DecodeTokenCli.BAD_CONFIGURATION);
        assertThat(output()).contains("needs the three lines");
    }
}
