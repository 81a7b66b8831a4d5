package org.juiceledger.platform.user.web;

import org.juiceledger.platform.web.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.juiceledger.platform.security.Role;
import org.juiceledger.platform.user.NewUser;

import java.math.BigDecimal;
import java.util.Set;

public record CreateUserRequest(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "3-64 lower-case letters, digits, '.', '_' or '-'")
        String login,
        @NotBlank @Size(max = 100) @PlainText
        String name,
        @NotNull @Size(max = 128) String password,
        @NotEmpty @Size(max = 7) Set<@NotNull Role> roles,
        @DecimalMin("0.00") @DecimalMax("100000000.00") @Digits(integer = 9, fraction = 2) BigDecimal vendorLimit,
        @DecimalMin("0.00") @DecimalMax("100000000.00") @Digits(integer = 9, fraction = 2) BigDecimal specialLimit) {

    public NewUser toNewUser() {
        return new NewUser(login, name.strip(), roles,
                orZero(vendorLimit), orZero(specialLimit));
    }

    static BigDecimal orZero(BigDecimal limit) {
        return (limit == null ? BigDecimal.ZERO : limit).setScale(2);
    }
}
