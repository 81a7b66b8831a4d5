package org.juiceledger.command.card.pin;

import java.util.HexFormat;

/**
 * The PIN hashes a batch has drawn so far, kept as their first 64 bits in an open-addressing table
 * (16 bytes a card instead of a HashSet's ~150). Two different hashes sharing 64 bits only make
 * the generator draw once more; earlier batches are guarded by the unique key on card_pin.
 */
public final class SeenPinHashes {

    private long[] slots;
    private boolean zeroSeen;
    private int size;

    public SeenPinHashes(int expected) {
        slots = new long[Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1];
    }

    /** True when the hash was not seen before (and is now). */
    public boolean add(String hexHash) {
        long value = HexFormat.fromHexDigitsToLong(hexHash, 0, 16);
        if (value == 0) {
            boolean fresh = !zeroSeen;
            zeroSeen = true;
            return fresh;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        if (!insert(slots, value)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = (int) (value ^ (value >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == value) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = value;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long value : slots) {
            if (value != 0) {
                insert(bigger, value);
            }
        }
        slots = bigger;
    }
}
