package org.juiceledger.command.tariff.web;

import org.juiceledger.platform.web.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

record PublishTariffRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}", message = "1-40 letters, digits, '-' or '_'")
        String tariffId,
        @NotBlank @Size(max = 100) @PlainText
        String name,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 6) BigDecimal pricePerKwh,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal taxPercent,
        LocalDate effectiveFrom) {
}
