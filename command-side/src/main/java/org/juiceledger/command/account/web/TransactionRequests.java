package org.juiceledger.command.account.web;

import org.juiceledger.kernel.money.Money;
import org.juiceledger.kernel.money.PositiveAmount;
import org.juiceledger.kernel.validation.ReasonGiven;
import org.juiceledger.kernel.account.ValidMeterNumber;
import org.juiceledger.kernel.account.ValidAccountNumber;
import org.juiceledger.platform.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.juiceledger.kernel.account.AdjustmentTarget;
import org.juiceledger.kernel.account.ManagementTokenKind;
import org.juiceledger.kernel.account.Tender;

import org.juiceledger.kernel.account.ChargeArrears;
import org.juiceledger.kernel.account.IssueCreditNote;
import org.juiceledger.kernel.account.IssueFreeToken;
import org.juiceledger.kernel.account.IssueManagementToken;
import org.juiceledger.kernel.account.WriteOffArrears;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request bodies of the transaction endpoints (docs/api.md), each with the command it asks for:
 * the staff console binds its forms to the same records, so both check the same fields alike.
 */
public final class TransactionRequests {

    private TransactionRequests() {
    }

    record PurchaseRequest(@PositiveAmount BigDecimal amount, @NotNull Tender tender,
                           @DecimalMax(Money.MAX_TEXT) @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.SCALE) BigDecimal tendered,
                           @ValidMeterNumber String meterNumber) {
    }

    record TenderedAmountRequest(@PositiveAmount BigDecimal amount, @NotNull Tender tender) {
    }

    public record CreditNoteRequest(@PositiveAmount BigDecimal amount,
                                    @NotBlank @Size(max = 200) @PlainText String note) {

        public IssueCreditNote toCommand(String account) {
            return new IssueCreditNote(account, Money.of(amount), note);
        }
    }

    record TransferRequest(@NotNull @ValidAccountNumber String toAccount, @PositiveAmount BigDecimal amount) {
    }

    record WalletPurchaseRequest(@PositiveAmount BigDecimal amount, @ValidMeterNumber String meterNumber) {
    }

    public record ArrearsRequest(@PositiveAmount BigDecimal amount,
                                 @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                                 BigDecimal collectionPercent,
                                 @NotBlank @Size(max = 200) @PlainText String description) {

        public ChargeArrears toCommand(String account) {
            return new ChargeArrears(account, Money.of(amount), collectionPercent, description);
        }
    }

    public record WriteOffRequest(@PositiveAmount BigDecimal amount,
                                  @ReasonGiven @Size(max = 200) @PlainText String reason) {

        public WriteOffArrears toCommand(String account) {
            return new WriteOffArrears(account, Money.of(amount), reason);
        }
    }

    public record FreeTokenRequest(@ValidMeterNumber String meterNumber,
                                   @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000")
                                   @Digits(integer = 6, fraction = 1) BigDecimal units,
                                   @ReasonGiven @Size(max = 200) @PlainText String reason) {

        public IssueFreeToken toCommand(String account) {
            return new IssueFreeToken(account, meterNumber, units, reason);
        }
    }

    public record ManagementTokenRequest(@ValidMeterNumber String meterNumber, @NotNull ManagementTokenKind kind,
                                         Integer value,
                                         @NotBlank @Size(max = 100) @PlainText String workOrder) {

        public IssueManagementToken toCommand(String account) {
            return new IssueManagementToken(account, meterNumber, kind, value, workOrder);
        }
    }

    record AdjustmentRequest(@ReasonGiven @Size(max = 200) @PlainText String reason,
                             @NotEmpty @Size(max = 1000) List<@Valid @NotNull AdjustmentLineRequest> lines) {
    }

    record AdjustmentLineRequest(@NotNull @ValidAccountNumber String accountNumber,
                                 @NotNull AdjustmentTarget target,
                                 @NotNull @DecimalMin("-" + Money.MAX_TEXT) @DecimalMax(Money.MAX_TEXT)
                                 @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.SCALE) BigDecimal amount) {
    }

    /** {@code creditAccount}: for a Juice Card redemption, whose wallet gets the card's value (default: where it went). */
    record ReversalRequest(@ReasonGiven @Size(max = 200) @PlainText String reason,
                           @ValidAccountNumber String creditAccount) {
    }
}
