package org.juiceledger.command.gateway;

import org.juiceledger.kernel.Metadata;
import org.juiceledger.kernel.card.Pin;
import org.juiceledger.kernel.account.MeterNumber;
import org.juiceledger.kernel.account.AccountNumber;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.card.RedemptionCommandHandler.Redemption;
import org.juiceledger.command.redemption.GuardedRedemption;
import org.juiceledger.command.redemption.RedemptionAttempts.AttemptSource;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.Channel;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A caller keyed a PIN and a meter or account number: redeem, and say what to tell them. The
 * keys are read leniently (spaces, {@code *}, {@code #} and dashes are dropped); a PIN that is
 * not digits by {@link Pin}'s rule is refused like any PIN that redeems nothing.
 */
@Component
public class IvrGateway {

    private static final Pattern KEYPAD_NOISE = Pattern.compile("[\\s*#-]+");
    private static final Pattern NUMBER_NOISE = Pattern.compile("[\\s*#]+");

    private final CommandGateway commands;
    private final GuardedRedemption redemption;

    IvrGateway(CommandGateway commands, GuardedRedemption redemption) {
        this.commands = commands;
        this.redemption = redemption;
    }

    /** Exactly one of {@code accountNumber} and {@code meterNumber} is given (the caller checks). */
    public Answer call(String gateway, String callerId, String accountNumber, String meterNumber, String pin) {
        boolean toMeter = meterNumber != null;
        String target = NUMBER_NOISE.matcher(toMeter ? meterNumber : accountNumber).replaceAll("");
        String keyed = KEYPAD_NOISE.matcher(pin).replaceAll("");
        return redemption.redeem(new AttemptSource(Channel.IVR, gateway, callerId, target), () -> {
                    if (toMeter ? !MeterNumber.isWellFormed(target) : !AccountNumber.isWellFormed(target)) {
                        throw new DomainException(toMeter ? ErrorCode.METER_NOT_FOUND : ErrorCode.ACCOUNT_NOT_FOUND,
                                "No such " + (toMeter ? "meter" : "account") + ".");
                    }
                    if (!Pin.isWellFormed(keyed) || !new Pin(keyed).isNumeric()) {
                        // keyed wrong, guessed or mistyped: a PIN that redeems nothing, counted as such
                        throw new DomainException(ErrorCode.CARD_NOT_REDEEMABLE, "This card cannot be redeemed.");
                    }
                    RedeemByIvr command = new RedeemByIvr(keyed, toMeter ? target : null, toMeter ? null : target);
                    return commands.<Redemption>sendAndWait(GenericCommandMessage.asCommandMessage(command)
                            .andMetaData(Map.of(Metadata.CALLER_ID, callerId)));
                })
                .fold(Answer::redeemed, refused -> Answer.refused(Refusal.of(refused.code())));
    }

    /**
     * {@code result} REDEEMED or REFUSED, the token (STS), the speech; and for the IVR's own
     * prompts the transaction number, units, wallet balance (wallet credits) or refusal reason.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(String result, String token, String speech, Long transactionNumber, BigDecimal units,
                         UnitType unitType, BigDecimal walletBalance, String reason) {

        public static final String REDEEMED = "REDEEMED";
        public static final String REFUSED = "REFUSED";

        static Answer redeemed(Redemption redemption) {
            TransactionRecorded t = redemption.transaction();
            boolean toWallet = t.walletChange().isPositive();
            return new Answer(REDEEMED, t.token(), IvrSpeech.redeemed(redemption), t.transactionNumber(),
                    toWallet ? t.walletChange().amount() : t.units(), t.unitType(),
                    toWallet ? redemption.walletBalance().amount() : null, null);
        }

        static Answer refused(Refusal refusal) {
            return new Answer(REFUSED, null, IvrSpeech.refused(refusal), null, null, null, null, refusal.name());
        }
    }
}
