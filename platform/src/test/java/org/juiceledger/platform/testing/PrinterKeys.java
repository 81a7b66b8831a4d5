package org.juiceledger.platform.testing;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyDataDecryptorFactoryBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.util.Date;

/** A trusted printer's OpenPGP key pair for the tests: its armoured public key, and decryption. */
public final class PrinterKeys {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private final PGPKeyPair keyPair;
    private final String armoredPublicKey;

    private PrinterKeys(PGPKeyPair keyPair, String armoredPublicKey) {
        this.keyPair = keyPair;
        this.armoredPublicKey = armoredPublicKey;
    }

    public static PrinterKeys generate() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            PGPKeyPair pair = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL,
                    rsa.generateKeyPair(), new Date());
            PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair,
                    "Trusted Printer <printer@example.org>", sha1, null, null,
                    new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
                    new JcePBESecretKeyEncryptorBuilder(PGPEncryptedData.AES_256, sha1).build("test".toCharArray()));
            ByteArrayOutputStream armored = new ByteArrayOutputStream();
            try (ArmoredOutputStream out = new ArmoredOutputStream(armored)) {
                rings.generatePublicKeyRing().encode(out);
            }
            return new PrinterKeys(pair, armored.toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test key pair", e);
        }
    }

    public String armoredPublicKey() {
        return armoredPublicKey;
    }

    /** Decrypts an armoured OpenPGP message to this printer. */
    public byte[] decrypt(byte[] message) {
        try {
            JcaPGPObjectFactory objects = new JcaPGPObjectFactory(PGPUtil.getDecoderStream(new ByteArrayInputStream(message)));
            Object first = objects.nextObject();
            PGPEncryptedDataList list = first instanceof PGPEncryptedDataList l ? l : (PGPEncryptedDataList) objects.nextObject();
            PGPPublicKeyEncryptedData data = (PGPPublicKeyEncryptedData) list.get(0);
            InputStream clear = data.getDataStream(new JcePublicKeyDataDecryptorFactoryBuilder().setProvider(BOUNCY_CASTLE)
                    .build(keyPair.getPrivateKey()));
            PGPLiteralData literal = (PGPLiteralData) new JcaPGPObjectFactory(clear).nextObject();
            byte[] content = literal.getInputStream().readAllBytes();
            if (!data.verify()) {
                throw new IllegalStateException("integrity check failed");
            }
            return content;
        } catch (Exception e) {
            throw new IllegalStateException("cannot decrypt", e);
        }
    }
}
