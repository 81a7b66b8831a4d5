package org.juiceledger.sts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tables file format and its checks, with synthetic tables (never the licensed ones). */
class Ea07TablesTest {

    private static final int[][] RAW = SyntheticEa07Tables.raw(42);
    private static final String TEXT = SyntheticEa07Tables.fileText(RAW);

    @Test
    void parsesTheDocumentedFormat() {
        Ea07Tables tables = Ea07Tables.parse(TEXT);

        assertThat(tables.s1()).containsExactly(RAW[0]);
        assertThat(tables.s2()).containsExactly(RAW[1]);
        assertThat(tables.permutation()).containsExactly(RAW[2]);
        assertThat(tables.toString()).isEqualTo("Ea07Tables[redacted]");
    }

    @Test
    void acceptsCommentsBlankLinesSeparatorsCaseAndCrLf() {
        String text = "# header\r\n\r\n  s1 : " + spaced(RAW[0]) + "\r\n"
                + "S2:" + TEXT.lines().filter(l -> l.startsWith("S2:")).findFirst().orElseThrow().substring(3).toUpperCase()
                + "\r\n" + TEXT.lines().filter(l -> l.startsWith("P:")).findFirst().orElseThrow().replace(",", " , ") + "\r\n";

        assertThat(Ea07Tables.parse(text).s1()).containsExactly(RAW[0]);
        assertThat(Ea07Tables.parse(text).permutation()).containsExactly(RAW[2]);
    }

    @Test
    void loadsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sta.txt");
        Files.writeString(file, TEXT);

        assertThat(Ea07Tables.load(file).permutation()).containsExactly(RAW[2]);
    }

    @Test
    void refusesAMissingFile(@TempDir Path dir) {
        assertInvalid(() -> Ea07Tables.load(dir.resolve("absent.txt")), "cannot be read");
    }

    @Test
    void refusesAnSBoxThatIsNotAPermutation() {
        String bad = TEXT.replaceFirst("S1: [0-9a-f]{16}", "S1: 0123456789abcdee");
        assertInvalid(() -> Ea07Tables.parse(bad), "S1", "exactly once", "line 2");
    }

    @Test
    void refusesAnSBoxOfTheWrongLengthOrNotHex() {
        assertInvalid(() -> Ea07Tables.parse(TEXT.replaceFirst("S2: [0-9a-f]{16}", "S2: 0123456789abcdef0")), "S2 is 16 hex digits");
        assertInvalid(() -> Ea07Tables.parse(TEXT.replaceFirst("S2: [0-9a-f]{16}", "S2: 0123456789abcdeg")), "S2 is 16 hex digits");
    }

    @Test
    void refusesAPermutationWithARepeatAWrongCountOrABadEntry() {
        String pLine = TEXT.lines().filter(l -> l.startsWith("P:")).findFirst().orElseThrow();
        String[] entries = pLine.substring(2).strip().split(",");
        String repeated = "P: " + entries[1] + "," + String.join(",", java.util.Arrays.copyOfRange(entries, 1, 64));
        assertInvalid(() -> Ea07Tables.parse(TEXT.replace(pLine, repeated)), "P", "exactly once");
        assertInvalid(() -> Ea07Tables.parse(TEXT.replace(pLine, pLine + ",0")), "64 comma-separated positions, not 65");
        assertInvalid(() -> Ea07Tables.parse(TEXT.replace(pLine, pLine.replaceFirst("P: \\d+", "P: 64"))), "P", "exactly once");
        assertInvalid(() -> Ea07Tables.parse(TEXT.replace(pLine, pLine.replaceFirst("P: \\d+", "P: x"))), "entry 0 of P");
    }

    @Test
    void refusesMissingDuplicateAndUnknownTables() {
        String withoutP = TEXT.lines().filter(l -> !l.startsWith("P:")).reduce("", (a, b) -> a + b + "\n");
        assertInvalid(() -> Ea07Tables.parse(withoutP), "needs the three lines");
        assertInvalid(() -> Ea07Tables.parse(TEXT + TEXT.lines().filter(l -> l.startsWith("S1:")).findFirst().orElseThrow()),
                "S1 a second time");
        assertInvalid(() -> Ea07Tables.parse(TEXT + "S3: 0123456789abcdef\n"), "unknown table");
        assertInvalid(() -> Ea07Tables.parse(TEXT + "just words\n"), "Line 5");
        assertInvalid(() -> Ea07Tables.parse(""), "needs the three lines");
    }

    @Test
    void errorsNeverQuoteTheTables() {
        String bad = TEXT.replaceFirst("S1: [0-9a-f]{16}", "S1: 0123456789abcdee");
        assertThatThrownBy(() -> Ea07Tables.parse(bad)).hasMessageNotContaining("0123456789abcdee");
    }

    @Test
    void tablesGivenDirectlyAreCheckedToo() {
        assertInvalid(() -> Ea07Tables.of(new int[15], RAW[1], RAW[2]), "S1 has 16 entries");
        assertInvalid(() -> Ea07Tables.of(RAW[0], RAW[1], new int[64]), "P must hold each of 0..63 exactly once");
    }

    private static String spaced(int[] nibbles) {
        StringBuilder text = new StringBuilder();
        for (int nibble : nibbles) {
            text.append(Integer.toHexString(nibble)).append(' ');
        }
        return text.toString();
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... fragments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StsException.class, e -> {
            assertThat(e.reason()).isEqualTo(StsException.Reason.INVALID_TABLES);
            for (String fragment : fragments) {
                assertThat(e.getMessage()).containsIgnoringCase(fragment);
            }
        });
    }
}
