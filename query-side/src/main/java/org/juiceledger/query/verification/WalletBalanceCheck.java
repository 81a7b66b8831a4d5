package org.juiceledger.query.verification;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The paired assertion on wallets: fed every wallet move in order (account by account, in stream
 * order within an account), it recomputes each wallet's balance from the amounts alone (credits minus
 * debits) and reports every event whose own {@code balance} says otherwise.
 */
final class WalletBalanceCheck {

    static final String PROJECTION = "wallet_event_balance";
    private final Mismatches mismatches;
    private String account;
    private BigDecimal recomputed = BigDecimal.ZERO;

    WalletBalanceCheck(Mismatches mismatches) {
        this.mismatches = mismatches;
    }

    /** One move: {@code signedAmount} is positive for a credit, negative for a debit. */
    void move(String accountNumber, long position, long transactionNumber, BigDecimal signedAmount,
              BigDecimal eventBalance) {
        if (!Objects.equals(account, accountNumber)) {
            account = accountNumber;
            recomputed = BigDecimal.ZERO;
        }
        recomputed = recomputed.add(signedAmount);
        if (recomputed.compareTo(eventBalance) != 0) {
            mismatches.add(new Mismatch(PROJECTION, accountNumber + "/" + transactionNumber + "@" + position,
                    "balance", recomputed.setScale(2).toPlainString(), eventBalance.setScale(2).toPlainString()));
        }
    }
}
