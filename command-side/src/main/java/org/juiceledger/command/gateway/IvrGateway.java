package org.juiceledger.command.gateway;

import org.juiceledger.kernel.card.Pin;
import org.juiceledger.kernel.account.MeterNumber;
import org.juiceledger.kernel.account.AccountNumber;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.card.RedemptionCommandHandler.Redemption;
import org.juiceledger.command.gateway.RedemptionAttempts.AttemptSource;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.transaction.ConcurrentModification;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
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
    private final RedemptionAttempts attempts;

    IvrGateway(CommandGateway commands, RedemptionAttempts attempts) {
        this.commands = commands;
        this.attempts = attempts;
    }

    /** Exactly one of {@code accountNumber} and {@code meterNumber} is given (the caller checks). */
    public Answer call(String gateway, String callerId, String accountNumber, String meterNumber, String pin) {
        boolean toMeter = meterNumber != null;
        String target = NUMBER_NOISE.matcher(toMeter ? meterNumber : accountNumber).replaceAll("");
        AttemptSource source = new AttemptSource(Channel.IVR, gateway, callerId, target);
        if (!attempts.mayTry(source)) {
            return Answer.refused(Refusal.TOO_MANY_ATTEMPTS);
        }
        if (toMeter ? !MeterNumber.isWellFormed(target) : !AccountNumber.isWellFormed(target)) {
            return Answer.refused(toMeter ? Refusal.METER_UNKNOWN : Refusal.ACCOUNT_UNKNOWN);
        }
        String keyed = KEYPAD_NOISE.matcher(pin).replaceAll("");
        if (!Pin.isWellFormed(keyed) || !new Pin(keyed).isNumeric()) {
            attempts.failed(source);
            return Answer.refused(Refusal.CARD);
        }
        RedeemByIvr command = new RedeemByIvr(keyed, toMeter ? target : null, toMeter ? null : target);
        try {
            Redemption redemption = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(GatewayMetaData.CALLER_ID, callerId)));
            return Answer.redeemed(redemption);
        } catch (RuntimeException failure) {
            if (ConcurrentModification.isCause(failure)) {
                return Answer.refused(Refusal.BUSY);
            }
            Optional<ErrorCode> code = Refusal.codeOf(failure);
            if (code.isEmpty()) {
                throw failure;
            }
            Refusal refusal = Refusal.of(code.get());
            if (refusal == Refusal.CARD) {
                attempts.failed(source);
            }
            return Answer.refused(refusal);
        }
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
