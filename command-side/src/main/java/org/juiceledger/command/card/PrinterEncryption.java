package org.juiceledger.command.card;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyKeyEncryptionMethodGenerator;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;

/**
 * Encrypts a print file to the trusted printer's OpenPGP public key (AES-256 with an integrity
 * packet, ASCII-armoured), so the PINs leave the system readable only by the printer.
 */
final class PrinterEncryption {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private PrinterEncryption() {
    }

    /** Refuses a key that is not an armoured OpenPGP public key with an encryption subkey. */
    static void check(String armoredPublicKey) {
        encryptionKey(armoredPublicKey);
    }

    /**
     * Streams {@code content} encrypted to the key into {@code out}: partial-length packets, so no
     * length is needed up front and only a 64 KiB buffer is held, whatever the file's size.
     */
    static void encrypt(PrintFile.Content content, String armoredPublicKey, OutputStream out) throws IOException {
        PGPPublicKey key = encryptionKey(armoredPublicKey);
        try (ArmoredOutputStream armored = new ArmoredOutputStream(new NotClosing(out))) {
            PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(
                    new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
                            .setSecureRandom(new SecureRandom()).setProvider(BOUNCY_CASTLE));
            encryption.addMethod(new JcePublicKeyKeyEncryptionMethodGenerator(key).setProvider(BOUNCY_CASTLE));
            try (OutputStream encrypted = encryption.open(armored, new byte[1 << 16]);
                 OutputStream literal = new PGPLiteralDataGenerator().open(encrypted, PGPLiteralData.BINARY,
                         "print-file.csv", new Date(), new byte[1 << 16])) {
                content.writeTo(literal);
            }
        } catch (PGPException e) {
            throw new IllegalStateException("The print file could not be encrypted to the printer's key", e);
        }
    }

    /** The response stream belongs to the web container: closing the armour must not close it. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static PGPPublicKey encryptionKey(String armoredPublicKey) {
        try {
            PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(PGPUtil.getDecoderStream(
                    new ByteArrayInputStream(armoredPublicKey.getBytes(StandardCharsets.US_ASCII))),
                    new JcaKeyFingerprintCalculator());
            for (Iterator<PGPPublicKeyRing> ringIterator = rings.getKeyRings(); ringIterator.hasNext(); ) {
                for (Iterator<PGPPublicKey> keys = ringIterator.next().getPublicKeys(); keys.hasNext(); ) {
                    PGPPublicKey key = keys.next();
                    if (key.isEncryptionKey()) {
                        return key;
                    }
                }
            }
        } catch (IOException | PGPException | RuntimeException e) {
            throw notAKey();
        }
        throw notAKey();
    }

    private static DomainException notAKey() {
        return new DomainException(ErrorCode.VALIDATION_FAILED,
                "printerPublicKey must be an ASCII-armoured OpenPGP public key with an encryption key.");
    }
}
