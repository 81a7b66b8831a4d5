package org.juiceledger.command.cashier;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.cashier.CloseCashierBatch;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Closes a cashier's batch against the committed position, locked so no sale slips in meanwhile. */
@Component
class CashierBatchCommandHandler {

    private final CashierPositions positions;
    private final Repository<CashierDrawer> drawers;

    CashierBatchCommandHandler(CashierPositions positions, Repository<CashierDrawer> drawers) {
        this.positions = positions;
        this.drawers = drawers;
    }

    @CommandHandler
    CashierBatchClosed handle(CloseCashierBatch command) throws Exception {
        if (command.declaredCash() == null || command.declaredCash().isNegative()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "declaredCash must be zero or more.");
        }
        CashierPosition position = positions.lockedPosition(command.cashier());
        Map<String, Money> expected = new LinkedHashMap<>();
        for (Tender tender : Tender.values()) {
            expected.put(tender.name(), position.collected(tender));
        }
        return drawers.loadOrCreate(CashierDrawer.idOf(command.cashier()), CashierDrawer::new)
                .invoke(drawer -> drawer.close(command.cashier(), position.batchNumber(), position.openedAt(),
                        expected, command.declaredCash()));
    }
}
