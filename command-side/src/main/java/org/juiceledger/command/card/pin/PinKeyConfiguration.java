package org.juiceledger.command.card.pin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.juiceledger.platform.security.CardsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The PIN key: {@code JUICE_PIN_KEY} (64+ hex digits). Only the standalone app may fall back to a
 * key file of its own ({@code juice.cards.pin-key-file}), created on first start with a warning:
 * lose that file and no PIN of its cards can be checked again.
 */
@Configuration(proxyBeanMethods = false)
public class PinKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PinKeyConfiguration.class);

    @Bean
    PinHasher pinHasher(CardsProperties settings) {
        String configuredKey = settings.pinKey();
        String keyFile = settings.pinKeyFile();
        if (!configuredKey.isBlank()) {
            return new PinHasher(parse(configuredKey, "JUICE_PIN_KEY"));
        }
        if (keyFile.isBlank()) {
            throw new IllegalStateException("No PIN key: set JUICE_PIN_KEY to 64 or more hex digits.");
        }
        return new PinHasher(parse(loadOrCreate(Path.of(keyFile)), keyFile));
    }

    private static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
            restrict(file);
            log.warn("Created a local PIN key in {}. Keep it safe and set JUICE_PIN_KEY in production.", file);
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the PIN key file " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Cannot restrict the permissions of {} on this file system", file);
        }
    }

    private static byte[] parse(String hex, String source) {
        try {
            byte[] key = HexFormat.of().parseHex(hex.strip());
            if (key.length < 32) {
                throw new IllegalStateException("The PIN key from " + source + " must be at least 64 hex digits.");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The PIN key from " + source + " is not hex.");
        }
    }
}
