package org.juiceledger.command.gateway;

import org.juiceledger.platform.web.Failures;
import org.juiceledger.command.card.RedemptionCommandHandler.Redemption;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The texts the gateways send and speak, and which refusals they may tell apart. */
class GatewayRepliesTest {

    private static final String TOKEN = "12345678901234567890";

    @Test
    void anStsRedemptionGivesTheTokenInGroupsOfFourWithItsUnitsAndAmount() {
        Redemption redemption = redemption("01234567897", TOKEN, "50.00", "0.00", "0.00", "100.0", UnitType.KWH, "0.00");
        assertThat(SmsReplies.redeemed(redemption))
                .isEqualTo("Token for meter 01234567897: 1234 5678 9012 3456 7890. 100.0 kWh for 50.00.");
        assertThat(IvrSpeech.redeemed(redemption)).startsWith(
                "Your token is 1 2 3 4, 5 6 7 8, 9 0 1 2, 3 4 5 6, 7 8 9 0. That is 100.0 kilowatt hours for 50.00.");
    }

    @Test
    void arrearsCollectedAreSaid() {
        Redemption redemption = redemption("01234567897", TOKEN, "50.00", "10.00", "0.00", "80.0", UnitType.KWH, "0.00");
        assertThat(SmsReplies.redeemed(redemption)).endsWith("80.0 kWh for 40.00; 10.00 paid arrears.");
        Redemption allToArrears = redemption("01234567897", null, "50.00", "50.00", "0.00", "0.0", UnitType.KWH, "0.00");
        assertThat(SmsReplies.redeemed(allToArrears)).isEqualTo("Meter 01234567897: 50.00 paid arrears; no token this time.");
    }

    @Test
    void aWalletCreditTellsTheNewBalance() {
        Redemption ami = redemption("AMI-1", null, "20.00", "0.00", "20.00", "20.00", UnitType.CURRENCY, "120.00");
        assertThat(SmsReplies.redeemed(ami)).isEqualTo("Meter AMI-1: 20.00 added to the wallet. Balance 120.00.");
        assertThat(IvrSpeech.redeemed(ami)).isEqualTo("20.00 was added to your wallet. Your new balance is 120.00.");
        Redemption account = redemption(null, null, "20.00", "0.00", "20.00", "20.00", UnitType.CURRENCY, "20.00");
        assertThat(SmsReplies.redeemed(account)).isEqualTo("Account 10000001: 20.00 added to the wallet. Balance 20.00.");
    }

    @Test
    void everyRefusalAboutTheCardIsOneAndTheSame() {
        for (ErrorCode code : List.of(ErrorCode.CARD_NOT_REDEEMABLE, ErrorCode.CARD_NOT_FOUND)) {
            assertThat(Refusal.of(code)).isEqualTo(Refusal.CARD);
        }
        assertThat(Refusal.of(ErrorCode.METER_NOT_FOUND)).isEqualTo(Refusal.METER_UNKNOWN);
        assertThat(Refusal.of(ErrorCode.ACCOUNT_NOT_FOUND)).isEqualTo(Refusal.ACCOUNT_UNKNOWN);
        assertThat(Refusal.of(ErrorCode.AMOUNT_TOO_SMALL)).isEqualTo(Refusal.NOT_POSSIBLE);
        assertThat(Failures.refusalOf(new DomainException(ErrorCode.CARD_NOT_REDEEMABLE, "x")).map(DomainException::code))
                .contains(ErrorCode.CARD_NOT_REDEEMABLE);
        assertThat(Failures.refusalOf(new IllegalStateException("x")).map(DomainException::code)).isEmpty();
        assertThat(SmsReplies.refused(Refusal.CARD, "01234567897")).isEqualTo(SmsReplies.CARD_REFUSED)
                .doesNotContain("01234567897");
        assertThat(SmsReplies.refused(Refusal.METER_UNKNOWN, "01234567897")).contains("01234567897 is not known");
        for (Refusal refusal : Refusal.values()) {
            assertThat(SmsReplies.refused(refusal, "M")).isNotBlank().hasSizeLessThanOrEqualTo(160);
            assertThat(IvrSpeech.refused(refusal)).isNotBlank();
        }
    }

    private static Redemption redemption(String meter, String token, String total, String arrears, String wallet,
                                         String units, UnitType unitType, String balance) {
        Money zero = Money.ZERO;
        TransactionRecorded t = new TransactionRecorded("10000001", 42, TransactionType.JC, null, meter,
                money(total), null, null, List.of(), money(arrears), zero, zero, money(wallet), new BigDecimal(units),
                unitType, token, null, null, null, "0000000001");
        return new Redemption(t, money(balance));
    }

    private static Money money(String amount) {
        return Money.of(amount);
    }
}
