package org.juiceledger.standalone.console.account;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.juiceledger.command.account.web.PositiveAmount;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.notification.NotificationChannel;

import java.math.BigDecimal;

/** The forms of the account page, with the constraints of the REST request bodies they stand for. */
final class CounterForms {

    static final String METER = "[A-Za-z0-9-]{1,20}";

    private CounterForms() {
    }

    /** A sale for cash, card, cheque or debit card; {@code tendered} is the cash handed over. */
    record SaleForm(@PositiveAmount BigDecimal amount, @NotNull Tender tender,
                    @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal tendered,
                    @Pattern(regexp = METER) String meterNumber) {

        static SaleForm empty() {
            return new SaleForm(null, Tender.CASH, null, null);
        }
    }

    record DepositForm(@PositiveAmount BigDecimal amount, @NotNull Tender tender) {

        static DepositForm empty() {
            return new DepositForm(null, Tender.CASH);
        }
    }

    /** A Juice Card redeemed at the counter, to a meter of the account or into its wallet. */
    record RedeemForm(@NotNull @Size(min = 12, max = 40) @Pattern(regexp = "[A-Za-z0-9 -]*") String pin,
                      @Pattern(regexp = METER) String meterNumber) {

        static RedeemForm empty() {
            return new RedeemForm(null, null);
        }

        @Override
        public String toString() {
            return "RedeemForm[pin=***]";
        }
    }

    record ReversalForm(@NotBlank @Size(max = 200) String reason) {
    }

    record NotificationForm(@NotNull NotificationChannel channel) {
    }
}
