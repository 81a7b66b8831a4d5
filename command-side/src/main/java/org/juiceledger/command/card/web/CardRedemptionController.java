package org.juiceledger.command.card.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.card.web.CardRequests.RedeemRequest;
import org.juiceledger.command.redemption.GuardedRedemption;
import org.juiceledger.command.redemption.RedemptionAttempts.AttemptSource;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.card.RedeemCard;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/**
 * Redemption at any cashier: by PIN to a meter or to an account's wallet. Wrong PINs count against
 * the cashier and against the meter or account, as on every channel ({@link GuardedRedemption}):
 * a cashier's login or till is no way round the limit.
 */
@RestController
@Tag(name = "Juice Cards")
class CardRedemptionController {

    private final CommandGateway commands;
    private final GuardedRedemption redemption;

    CardRedemptionController(CommandGateway commands, GuardedRedemption redemption) {
        this.commands = commands;
        this.redemption = redemption;
    }

    @PostMapping("/api/cards/redeem")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CASHIER')")
    Redemption redeem(@Valid @RequestBody RedeemRequest r) {
        String cashier = CurrentRequestOrigin.currentUser();
        String target = r.meterNumber() != null ? r.meterNumber() : r.accountNumber();
        return Redemption.of(redemption.redeem(new AttemptSource(Channel.REST, cashier, cashier, target),
                () -> commands.<TransactionRecorded>sendAndWait(new RedeemCard(r.pin(), r.meterNumber(),
                        r.accountNumber()))).orThrow());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Redemption(long transactionNumber, TransactionType type, String accountNumber, String meterNumber,
                      BigDecimal amount, BigDecimal arrearsAmount, BigDecimal total, BigDecimal units,
                      UnitType unitType, String token) {

        static Redemption of(TransactionRecorded t) {
            return new Redemption(t.transactionNumber(), t.type(), t.accountNumber(), t.meterNumber(),
                    t.total().minus(t.arrearsAmount()).amount(), t.arrearsAmount().amount(), t.total().amount(),
                    t.units(), t.unitType(), t.token());
        }
    }
}
