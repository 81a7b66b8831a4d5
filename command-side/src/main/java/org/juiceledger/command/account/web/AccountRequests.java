package org.juiceledger.command.account.web;

import org.juiceledger.kernel.account.ValidMeterNumber;
import org.juiceledger.kernel.account.ValidAccountNumber;
import org.juiceledger.platform.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.juiceledger.kernel.account.MeterKind;
import org.juiceledger.kernel.account.StsMeterProfile;

/** Request bodies for accounts and meters. */
final class AccountRequests {

    private AccountRequests() {
    }

    record OpenAccountRequest(
            @ValidAccountNumber String accountNumber,
            @NotBlank @Size(max = 100) @PlainText String name,
            @Pattern(regexp = "\\+?[0-9 ]{6,20}", message = "6-20 digits, optionally with a leading +") String phone,
            @Email @Size(max = 254) String email,
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}") String tariffId) {
    }

    record RegisterMeterRequest(
            @NotNull @ValidMeterNumber String meterNumber,
            @NotNull MeterKind kind,
            @Valid StsInputs sts) {
    }

    record StsInputs(
            @NotNull @Pattern(regexp = "[0-9]{6}", message = "6 digits") String supplyGroupCode,
            @NotNull @Pattern(regexp = "[0-9]{2}", message = "2 digits") String tariffIndex,
            @NotNull @Min(1) @Max(9) Integer keyRevision,
            @NotNull @Min(0) @Max(9) Integer keyType,
            @NotNull Integer baseDate,
            @NotNull @Pattern(regexp = "EA07|EA11", message = "EA07 or EA11") String algorithm) {

        StsMeterProfile toProfile() {
            return new StsMeterProfile(supplyGroupCode, tariffIndex, keyRevision, keyType, baseDate, algorithm);
        }
    }
}
