package org.juiceledger.command.gateway;

import org.juiceledger.command.card.RedemptionCommandHandler.Redemption;
import org.juiceledger.kernel.account.TransactionRecorded;

/**
 * The texts sent back by SMS: short, never holding the PIN, and the same for every refusal of a
 * card whatever the reason.
 */
public final class SmsReplies {

    public static final String USAGE = "Send METER*PIN, e.g. 01234567897*1234567890123456";
    public static final String CARD_REFUSED =
            "This card cannot be redeemed. Check the PIN, or ask where the card was bought.";
    public static final String ALREADY_REDEEMED = "This card was redeemed a moment ago. If you sent it twice, "
            + "the first reply holds.";
    public static final String BUSY = "Busy just now: please send the same message again.";
    public static final String TOO_MANY_ATTEMPTS = "Too many attempts. Please try again later.";

    private SmsReplies() {
    }

    /** STS: the token in groups of four, its kWh and the amount; AMI: the wallet credit and the new balance. */
    public static String redeemed(Redemption redemption) {
        TransactionRecorded t = redemption.transaction();
        String to = t.meterNumber() == null ? "Account " + t.accountNumber() : "Meter " + t.meterNumber();
        String arrears = t.arrearsAmount().isPositive() ? "; " + t.arrearsAmount() + " paid arrears" : "";
        if (t.token() != null) {
            return "Token for meter " + t.meterNumber() + ": " + TokenText.grouped(t.token()) + ". "
                    + t.units().toPlainString() + " kWh for " + t.total().minus(t.arrearsAmount()) + arrears + ".";
        }
        if (t.walletChange().isPositive()) {
            return to + ": " + t.walletChange() + " added to the wallet" + arrears + ". Balance "
                    + redemption.walletBalance() + ".";
        }
        return to + ": " + t.arrearsAmount() + " paid arrears; no token this time.";
    }

    public static String refused(Refusal refusal, String meterNumber) {
        return switch (refusal) {
            case CARD -> CARD_REFUSED;
            case ALREADY_REDEEMED -> ALREADY_REDEEMED;
            case METER_UNKNOWN -> "Meter " + meterNumber + " is not known. Check the number and send METER*PIN.";
            case ACCOUNT_UNKNOWN -> "That account is not known.";
            case NOT_POSSIBLE -> "This card cannot be used for meter " + meterNumber + " now. Please call the utility.";
            case TOO_MANY_ATTEMPTS -> TOO_MANY_ATTEMPTS;
            case BUSY -> BUSY;
        };
    }
}
