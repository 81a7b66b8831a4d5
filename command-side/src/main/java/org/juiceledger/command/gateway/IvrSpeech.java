package org.juiceledger.command.gateway;

import org.juiceledger.command.card.RedemptionCommandHandler.Redemption;
import org.juiceledger.kernel.account.TransactionRecorded;

/**
 * What the IVR says to the caller: a token digit by digit in groups of four, twice, with its
 * units; a wallet credit with the new balance; or a refusal that never tells a PIN exists.
 */
public final class IvrSpeech {

    public static final String CARD_REFUSED =
            "This card cannot be redeemed. Please check the card number, or ask where the card was bought.";

    private IvrSpeech() {
    }

    public static String redeemed(Redemption redemption) {
        TransactionRecorded t = redemption.transaction();
        String arrears = t.arrearsAmount().isPositive() ? " " + t.arrearsAmount() + " of the card paid arrears." : "";
        if (t.token() != null) {
            String digits = TokenText.spoken(t.token());
            return "Your token is " + digits + ". That is " + t.units().toPlainString() + " kilowatt hours for "
                    + t.total().minus(t.arrearsAmount()) + "." + arrears + " Again, your token is " + digits + ".";
        }
        if (t.walletChange().isPositive()) {
            return t.walletChange() + " was added to your wallet." + arrears + " Your new balance is "
                    + redemption.walletBalance() + ".";
        }
        return "The card paid " + t.arrearsAmount() + " of arrears. There is no token this time.";
    }

    public static String refused(Refusal refusal) {
        return switch (refusal) {
            case CARD -> CARD_REFUSED;
            case ALREADY_REDEEMED -> "This card was redeemed a moment ago. If you redeemed it already, that "
                    + "redemption holds.";
            case METER_UNKNOWN -> "That meter number is not known. Please check it and try again.";
            case ACCOUNT_UNKNOWN -> "That account number is not known. Please check it and try again.";
            case NOT_POSSIBLE -> "This card cannot be used for that meter or account now. Please call the utility.";
            case TOO_MANY_ATTEMPTS -> "Too many attempts. Please try again later.";
            case BUSY -> "The system is busy. Please try again.";
        };
    }
}
