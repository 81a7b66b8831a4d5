package org.juiceledger.command.gateway;

import org.axonframework.commandhandling.CommandHandler;
import org.juiceledger.command.card.RedemptionCommandHandler;
import org.juiceledger.command.card.RedemptionCommandHandler.Redemption;
import org.juiceledger.kernel.card.RedeemCard;
import org.springframework.stereotype.Component;

/**
 * Redeems for the gateways in one unit of work: the card, the account and, for a text message,
 * the reply kept under its message id all commit together or not at all.
 */
@Component
class GatewayCommandHandler {

    private final RedemptionCommandHandler redemptions;
    private final SmsReplyStore replies;

    GatewayCommandHandler(RedemptionCommandHandler redemptions, SmsReplyStore replies) {
        this.redemptions = redemptions;
        this.replies = replies;
    }

    @CommandHandler
    String handle(RedeemBySms command) {
        Redemption redemption = redemptions.redeem(new RedeemCard(command.pin(), command.meterNumber(), null));
        String reply = SmsReplies.redeemed(redemption);
        replies.save(command.gateway(), command.messageId(), reply, redemption.transaction().transactionNumber());
        return reply;
    }

    @CommandHandler
    Redemption handle(RedeemByIvr command) {
        return redemptions.redeem(new RedeemCard(command.pin(), command.meterNumber(), command.accountNumber()));
    }
}
