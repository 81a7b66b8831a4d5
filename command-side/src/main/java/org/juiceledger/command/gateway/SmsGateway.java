package org.juiceledger.command.gateway;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.gateway.RedemptionAttempts.AttemptSource;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.transaction.ConcurrentModification;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * A text message in, a text to send back out. A message id answered before gets the same reply
 * and redeems nothing; a message that is not {@code METER*PIN} gets the usage text; a redemption
 * or a refusal is kept under the message id, so every retry of a message gets the same answer.
 */
@Component
public class SmsGateway {

    private final CommandGateway commands;
    private final SmsReplyStore replies;
    private final RedemptionAttempts attempts;

    SmsGateway(CommandGateway commands, SmsReplyStore replies, RedemptionAttempts attempts) {
        this.commands = commands;
        this.replies = replies;
        this.attempts = attempts;
    }

    /**
     * @param gateway   the signed-in gateway's login
     * @param from      the customer's phone number, recorded as metadata on the command and its events
     * @param text      the message as the customer typed it
     * @param messageId the gateway's id of the message, the same on every delivery of it
     */
    public String receive(String gateway, String from, String text, String messageId) {
        Optional<String> answered = replies.find(gateway, messageId);
        if (answered.isPresent()) {
            return answered.get();
        }
        Optional<SmsText.Redemption> asked = SmsText.parse(text);
        if (asked.isEmpty()) {
            return replies.keep(gateway, messageId, SmsReplies.USAGE);
        }
        String meter = asked.get().meterNumber();
        AttemptSource source = new AttemptSource(Channel.SMS, gateway, from, meter);
        if (!attempts.mayTry(source)) {
            return replies.keep(gateway, messageId, SmsReplies.refused(Refusal.TOO_MANY_ATTEMPTS, meter));
        }
        RedeemBySms command = new RedeemBySms(gateway, messageId, meter, asked.get().pin());
        try {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(GatewayMetaData.FROM, from)));
        } catch (RuntimeException failure) {
            // a delivery of the same message that ran at the same moment may have answered it
            Optional<String> meanwhile = replies.find(gateway, messageId);
            if (meanwhile.isPresent()) {
                return meanwhile.get();
            }
            Optional<ErrorCode> code = Refusal.codeOf(failure);
            if (code.isEmpty()) {
                if (ConcurrentModification.isCause(failure) || failure instanceof DuplicateKeyException) {
                    return SmsReplies.refused(Refusal.BUSY, meter);
                }
                throw failure;
            }
            Refusal refusal = Refusal.of(code.get());
            if (refusal == Refusal.CARD) {
                attempts.failed(source);
            }
            return replies.keep(gateway, messageId, SmsReplies.refused(refusal, meter));
        }
    }
}
