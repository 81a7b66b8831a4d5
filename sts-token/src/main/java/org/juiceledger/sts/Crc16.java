package org.juiceledger.sts;

/**
 * The STS token CRC: CRC-16/MODBUS (reflected polynomial 0xA001, initial 0xFFFF, no final xor)
 * over the 50-bit Class..Amount value right-aligned in 7 big-endian bytes, with its two result
 * bytes swapped into the 16-bit field.
 */
public final class Crc16 {

    private Crc16() {
    }

    public static int of(long fiftyBits) {
        int crc = 0xFFFF;
        for (int i = 6; i >= 0; i--) {
            crc ^= (int) (fiftyBits >>> (8 * i)) & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return ((crc & 0xFF) << 8) | (crc >>> 8);
    }
}
