package org.juiceledger.command.webredeem;

import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.money.Money;

/**
 * What the result page shows of a redemption, as text: the token (STS) with its kWh and amount,
 * or the wallet credit and the new balance (AMI; the balance when it could be read), and any
 * arrears the card paid.
 */
record ShownRedemption(long transactionNumber, String meterNumber, String token, String kwh, String amount,
                       String arrearsPaid, String walletCredit, String walletBalance) {

    static ShownRedemption of(TransactionRecorded t, Money walletBalance) {
        boolean toWallet = t.walletChange() != null && t.walletChange().isPositive();
        return new ShownRedemption(t.transactionNumber(), t.meterNumber(), t.token(),
                t.token() == null ? null : t.units().toPlainString(),
                t.total().minus(t.arrearsAmount()).toString(),
                t.arrearsAmount().isPositive() ? t.arrearsAmount().toString() : null,
                toWallet ? t.walletChange().toString() : null,
                toWallet && walletBalance != null ? walletBalance.toString() : null);
    }

    /** "1234 5678 9012 3456 7890". */
    static String grouped(String token) {
        return join(token, "", " ");
    }

    /** "1 2 3 4, 5 6 7 8, ...": for a screen reader, digit by digit with a pause between groups. */
    static String spoken(String token) {
        return join(token, " ", ", ");
    }

    private static String join(String token, String betweenDigits, String betweenGroups) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            if (i > 0) {
                text.append(i % 4 == 0 ? betweenGroups : betweenDigits);
            }
            text.append(token.charAt(i));
        }
        return text.toString();
    }
}
