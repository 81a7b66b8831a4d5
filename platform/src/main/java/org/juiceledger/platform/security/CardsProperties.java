package org.juiceledger.platform.security;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;

/**
 * {@code juice.cards.*} (defaults in juice-defaults.yml): the PIN key ({@code JUICE_PIN_KEY}, hex;
 * checked where it is parsed, so that no error repeats it), the standalone's key file used when the
 * key is empty, and the largest chance one random guess may hit a live card. The key never appears
 * in {@link #toString()}.
 */
@Validated
@ConfigurationProperties("juice.cards")
public record CardsProperties(String pinKey, String pinKeyFile,
                              @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
                              BigDecimal guessChanceMax) {

    public CardsProperties {
        pinKey = pinKey == null ? "" : pinKey;
        pinKeyFile = pinKeyFile == null ? "" : pinKeyFile;
    }

    @Override
    public String toString() {
        return "CardsProperties[pinKey=" + Secrets.hidden(pinKey) + ", pinKeyFile=" + pinKeyFile
                + ", guessChanceMax=" + guessChanceMax + "]";
    }
}
