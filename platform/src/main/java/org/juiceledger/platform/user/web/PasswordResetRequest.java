package org.juiceledger.platform.user.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/users/{login}/password}: the new password (checked by the password policy). */
public record PasswordResetRequest(@NotNull @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "PasswordResetRequest[password=***]";
    }
}
