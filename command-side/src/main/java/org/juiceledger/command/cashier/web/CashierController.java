package org.juiceledger.command.cashier.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.cashier.CashierLimits;
import org.juiceledger.command.cashier.CashierPosition;
import org.juiceledger.command.cashier.CashierPositions;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.cashier.CloseCashierBatch;
import org.juiceledger.kernel.money.Money;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A cashier's open batch and its close. A cashier sees and closes their own; supervisors and finance any. */
@RestController
@Tag(name = "Cashiers")
class CashierController {

    private static final String SELF_OR_SUPERVISOR =
            "hasAnyRole('SUPERVISOR', 'FINANCE') or (hasRole('CASHIER') and #login == authentication.name)";
    private final CashierPositions positions;
    private final CashierLimits limits;
    private final CommandGateway commands;

    CashierController(CashierPositions positions, CashierLimits limits, CommandGateway commands) {
        this.positions = positions;
        this.limits = limits;
        this.commands = commands;
    }

    @GetMapping("/api/cashiers/{login}/batch")
    @PreAuthorize(SELF_OR_SUPERVISOR)
    OpenBatch batch(@PathVariable String login) {
        CashierPosition position = positions.position(login);
        CashierLimits.Limits limit = limits.of(login);
        Map<String, BigDecimal> collected = new LinkedHashMap<>();
        for (Tender tender : Tender.values()) {
            collected.put(tender.name(), position.collected(tender).amount());
        }
        return new OpenBatch(login, position.batchNumber(), position.openedAt(), collected, position.owed().amount(),
                limit.vendorLimit().amount(), limit.vendorLimit().minus(position.owed()).amount(),
                position.specialUsed().amount(), limit.specialLimit().amount());
    }

    @PostMapping("/api/cashiers/{login}/batch-close")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR') or (hasRole('CASHIER') and #login == authentication.name)")
    Settlement close(@PathVariable String login, @Valid @RequestBody CloseRequest request) {
        CashierBatchClosed closed = commands.sendAndWait(new CloseCashierBatch(login, Money.of(request.declaredCash())));
        return Settlement.of(closed);
    }

    record CloseRequest(@NotNull @DecimalMin("0") @DecimalMax(Money.MAX_TEXT) @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.SCALE)
                        BigDecimal declaredCash) {
    }

    record OpenBatch(String cashier, long batchNumber, Instant openedAt, Map<String, BigDecimal> collected,
                     BigDecimal owed, BigDecimal vendorLimit, BigDecimal available, BigDecimal specialUsed,
                     BigDecimal specialLimit) {
    }

    record TenderSettlement(BigDecimal expected, BigDecimal declared) {
    }

    record Settlement(String cashier, long batchNumber, BigDecimal expected, BigDecimal declared, BigDecimal overShort,
                      Map<String, TenderSettlement> byTender) {

        static Settlement of(CashierBatchClosed closed) {
            Map<String, TenderSettlement> byTender = new LinkedHashMap<>();
            Money expected = Money.ZERO;
            Money declared = Money.ZERO;
            for (Tender tender : Tender.values()) {
                Money tenderExpected = closed.expected().getOrDefault(tender.name(), Money.ZERO);
                Money tenderDeclared = tender == Tender.CASH ? closed.declaredCash() : tenderExpected;
                byTender.put(tender.name(), new TenderSettlement(tenderExpected.amount(), tenderDeclared.amount()));
                expected = expected.plus(tenderExpected);
                declared = declared.plus(tenderDeclared);
            }
            return new Settlement(closed.cashier(), closed.batchNumber(), expected.amount(), declared.amount(),
                    closed.overShort().amount(), byTender);
        }
    }
}
