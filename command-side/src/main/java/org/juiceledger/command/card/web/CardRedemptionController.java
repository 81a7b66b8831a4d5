package org.juiceledger.command.card.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.card.web.CardRequests.RedeemRequest;
import org.juiceledger.command.gateway.RedemptionAttempts;
import org.juiceledger.command.gateway.RedemptionAttempts.AttemptSource;
import org.juiceledger.command.gateway.Refusal;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.card.RedeemCard;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
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
 * the cashier and against the meter or account, as on every channel ({@link RedemptionAttempts}):
 * a cashier's login or till is no way round the limit.
 */
@RestController
@Tag(name = "Juice Cards")
class CardRedemptionController {

    private final CommandGateway commands;
    private final RedemptionAttempts attempts;

    CardRedemptionController(CommandGateway commands, RedemptionAttempts attempts) {
        this.commands = commands;
        this.attempts = attempts;
    }

    @PostMapping("/api/cards/redeem")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CASHIER')")
    Redemption redeem(@Valid @RequestBody RedeemRequest r) {
        String cashier = CurrentRequestOrigin.currentUser();
        String target = r.meterNumber() != null ? r.meterNumber() : r.accountNumber();
        AttemptSource source = new AttemptSource(Channel.REST, cashier, cashier, target);
        if (!attempts.mayTry(source)) {
            throw new DomainException(ErrorCode.TOO_MANY_ATTEMPTS, "Too many wrong PINs from this user or for this "
                    + "meter or account; try again later.");
        }
        try {
            return Redemption.of(commands.sendAndWait(new RedeemCard(r.pin(), r.meterNumber(), r.accountNumber())));
        } catch (RuntimeException failure) {
            if (Refusal.codeOf(failure).map(Refusal::of).filter(Refusal.CARD::equals).isPresent()) {
                attempts.failed(source);
            }
            throw failure;
        }
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
