package org.juiceledger.platform.user.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.juiceledger.platform.security.Role;
import org.juiceledger.platform.user.UserEdit;
import org.juiceledger.platform.web.PlainText;

import java.math.BigDecimal;
import java.util.Set;

/** {@code PATCH /api/users/{login}} and the console's user form: what is left out stays as it is. */
public record ChangeUserRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @PlainText String name,
        @Size(min = 1, max = 7) Set<@NotNull Role> roles,
        @DecimalMin("0.00") @DecimalMax("100000000.00") @Digits(integer = 9, fraction = 2) BigDecimal vendorLimit,
        @DecimalMin("0.00") @DecimalMax("100000000.00") @Digits(integer = 9, fraction = 2) BigDecimal specialLimit) {

    public UserEdit toEdit() {
        return new UserEdit(name == null ? null : name.strip(), roles,
                vendorLimit == null ? null : vendorLimit.setScale(2),
                specialLimit == null ? null : specialLimit.setScale(2));
    }
}
