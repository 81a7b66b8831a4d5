package org.juiceledger.sts;

/** A 64-bit block cipher already keyed with a meter's decoder key: EA11 (MISTY1) or EA07 (STA). */
interface BlockCipher64 {

    long encrypt(long block);

    long decrypt(long block);
}
