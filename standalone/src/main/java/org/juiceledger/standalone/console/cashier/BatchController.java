package org.juiceledger.standalone.console.cashier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.cashier.CashierLimits;
import org.juiceledger.command.cashier.CashierPositions;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.cashier.CloseCashierBatch;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.standalone.console.support.ConsoleForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.math.BigDecimal;

/**
 * My batch: what {@code GET /api/cashiers/{me}/batch} shows (collected by tender, owed against the
 * vendor limit, special limit used), and the close of {@code POST /api/cashiers/{me}/batch-close}.
 */
@Controller
class BatchController {

    private static final String PAGE = "console/batch";
    private final CashierPositions positions;
    private final CashierLimits limits;
    private final CommandGateway commands;

    BatchController(CashierPositions positions, CashierLimits limits, CommandGateway commands) {
        this.positions = positions;
        this.limits = limits;
        this.commands = commands;
    }

    @GetMapping("/console/batch")
    String batch(Model model) {
        if (!model.containsAttribute("close")) {
            model.addAttribute("close", new CloseForm(null));
        }
        String me = CurrentRequestOrigin.currentUser();
        model.addAttribute("position", positions.position(me));
        model.addAttribute("limits", limits.of(me));
        model.addAttribute("tenders", Tender.values());
        return PAGE;
    }

    @PostMapping("/console/batch/close")
    String close(@Valid @ModelAttribute("close") CloseForm close, BindingResult errors, Model model,
                 HttpServletResponse response) {
        String me = CurrentRequestOrigin.currentUser();
        ConsoleForms.submit(errors, () -> commands.<CashierBatchClosed>sendAndWait(new CloseCashierBatch(me,
                Money.of(close.declaredCash()))), "close", model, response)
                .ifPresent(closed -> model.addAttribute("closed", closed));
        return batch(model);
    }

    record CloseForm(@NotNull @DecimalMin("0") @DecimalMax(Money.MAX_TEXT) @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.SCALE)
                     BigDecimal declaredCash) {
    }
}
