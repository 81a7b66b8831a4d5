package org.juiceledger.standalone.console.account;

import org.juiceledger.kernel.money.Money;
import org.juiceledger.kernel.validation.ReasonGiven;
import org.juiceledger.kernel.card.ValidPin;
import org.juiceledger.kernel.account.ValidMeterNumber;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.juiceledger.kernel.money.PositiveAmount;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.notification.NotificationChannel;

import java.math.BigDecimal;

/** The forms of the account page, with the constraints of the REST request bodies they stand for. */
final class CounterForms {

    private CounterForms() {
    }

    /** A sale for cash, card, cheque or debit card; {@code tendered} is the cash handed over. */
    record SaleForm(@PositiveAmount BigDecimal amount, @NotNull Tender tender,
                    @DecimalMax(Money.MAX_TEXT) @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.SCALE) BigDecimal tendered,
                    @ValidMeterNumber String meterNumber) {

        static SaleForm empty() {
            return new SaleForm(null, Tender.CASH, null, null);
        }
    }

    record DepositForm(@PositiveAmount BigDecimal amount, @NotNull Tender tender) {

        static DepositForm empty() {
            return new DepositForm(null, Tender.CASH);
        }
    }

    /** Energy bought with the wallet's money, for a meter of the account (its only one when left out). */
    record WalletPurchaseForm(@PositiveAmount BigDecimal amount, @ValidMeterNumber String meterNumber) {

        static WalletPurchaseForm empty() {
            return new WalletPurchaseForm(null, null);
        }
    }

    /** A Juice Card redeemed at the counter, to a meter of the account or into its wallet. */
    record RedeemForm(@NotNull @ValidPin String pin,
                      @ValidMeterNumber String meterNumber) {

        static RedeemForm empty() {
            return new RedeemForm(null, null);
        }

        @Override
        public String toString() {
            return "RedeemForm[pin=***]";
        }
    }

    record ReversalForm(@ReasonGiven @Size(max = 200) String reason) {
    }

    record NotificationForm(@NotNull NotificationChannel channel) {
    }
}
