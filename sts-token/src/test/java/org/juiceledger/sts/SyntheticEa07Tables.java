package org.juiceledger.sts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Made-up EA07 tables for tests: random permutations from a seed. They are NOT the STA tables
 * (those are licensed and never in this repository); they only exercise the algorithm's structure.
 */
public final class SyntheticEa07Tables {

    private SyntheticEa07Tables() {
    }

    public static int[] shuffled(int size, Random random) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(i);
        }
        Collections.shuffle(values, random);
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Three random permutations (S1, S2, P) from {@code seed}. */
    public static int[][] raw(long seed) {
        Random random = new Random(seed);
        return new int[][]{shuffled(16, random), shuffled(16, random), shuffled(64, random)};
    }

    public static Ea07Tables random(long seed) {
        int[][] raw = raw(seed);
        return Ea07Tables.of(raw[0], raw[1], raw[2]);
    }

    /** The tables file text for {@code raw} tables, in the documented format. */
    public static String fileText(int[][] raw) {
        StringBuilder nibbles1 = new StringBuilder();
        StringBuilder nibbles2 = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            nibbles1.append(Integer.toHexString(raw[0][i]));
            nibbles2.append(Integer.toHexString(raw[1][i]));
        }
        StringJoiner positions = new StringJoiner(",");
        for (int position : raw[2]) {
            positions.add(Integer.toString(position));
        }
        return "# synthetic test tables, not the STA tables\n"
                + "S1: " + nibbles1 + "\n"
                + "S2: " + nibbles2 + "\n"
                + "P: " + positions + "\n";
    }
}
