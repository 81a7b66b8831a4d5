package org.juiceledger.command.gateway;

import org.juiceledger.kernel.Metadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.redemption.GuardedRedemption;
import org.juiceledger.command.redemption.RedemptionAttempts.AttemptSource;
import org.juiceledger.command.redemption.RedemptionOutcome.Refused;
import org.juiceledger.platform.request.Channel;
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
    private final GuardedRedemption redemption;

    SmsGateway(CommandGateway commands, SmsReplyStore replies, GuardedRedemption redemption) {
        this.commands = commands;
        this.replies = replies;
        this.redemption = redemption;
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
        RedeemBySms command = new RedeemBySms(gateway, messageId, meter, asked.get().pin());
        return redemption.redeem(new AttemptSource(Channel.SMS, gateway, from, meter),
                        () -> commands.<String>sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                .andMetaData(Map.of(Metadata.FROM, from))))
                .fold(reply -> reply, refused -> refusedReply(refused, gateway, messageId, meter));
    }

    private String refusedReply(Refused<String> refused, String gateway, String messageId, String meter) {
        // a delivery of the same message that ran at the same moment may have answered it
        Optional<String> meanwhile = replies.find(gateway, messageId);
        if (meanwhile.isPresent()) {
            return meanwhile.get();
        }
        String reply = SmsReplies.refused(Refusal.of(refused.code()), meter);
        // a lost race is no answer to the message: its next delivery tries again
        return refused.busy() ? reply : replies.keep(gateway, messageId, reply);
    }
}
