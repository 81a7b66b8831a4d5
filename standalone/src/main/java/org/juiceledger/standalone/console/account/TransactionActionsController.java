package org.juiceledger.standalone.console.account;

import org.juiceledger.kernel.account.AccountNumber;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.notification.NotificationRequests;
import org.juiceledger.kernel.account.ReverseTransaction;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.standalone.console.account.CounterForms.NotificationForm;
import org.juiceledger.standalone.console.account.CounterForms.ReversalForm;
import org.juiceledger.standalone.console.support.ConsoleForms;
import org.juiceledger.standalone.console.support.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The buttons of a transaction row: reverse it (supervisors, with a reason) and send its receipt by
 * SMS or email. Both answer on the account page, at the row.
 */
@Controller
class TransactionActionsController {

    private final CommandGateway commands;
    private final NotificationRequests notifications;
    private final AccountPage page;

    TransactionActionsController(CommandGateway commands, NotificationRequests notifications, AccountPage page) {
        this.commands = commands;
        this.notifications = notifications;
        this.page = page;
    }

    @PostMapping("/console/transactions/{n}/reversal")
    String reverse(@PathVariable("n") long number, @RequestParam String account,
                   @Valid @ModelAttribute("reversal") ReversalForm reversal, BindingResult errors, Model model,
                   HttpServletResponse response) {
        String back = checked(account);
        model.addAttribute("actedOn", number);
        if (errors.hasErrors()) {
            model.addAttribute("refusal", Refusal.of("VALIDATION_FAILED", "Give a reason (at most 200 characters)."));
            model.addAttribute("refusedForm", "reversal");
            response.setStatus(400);
            return page.show(back, model);
        }
        return ConsoleForms.attempt(() -> commands.sendAndWait(new ReverseTransaction(number, reversal.reason().strip())),
                        "reversal", model, response)
                .map(done -> "redirect:/console/accounts/" + back + "?reversed=" + number + "#t" + number)
                .orElseGet(() -> page.show(back, model));
    }

    @PostMapping("/console/transactions/{n}/notifications")
    String notify(@PathVariable("n") long number, @RequestParam String account,
                  @Valid @ModelAttribute NotificationForm notification, BindingResult errors, Model model,
                  HttpServletResponse response) {
        String back = checked(account);
        model.addAttribute("actedOn", number);
        if (errors.hasErrors()) {
            model.addAttribute("refusal", Refusal.of("VALIDATION_FAILED", "Choose SMS or email."));
            model.addAttribute("refusedForm", "notification");
            response.setStatus(400);
            return page.show(back, model);
        }
        return ConsoleForms.attempt(() -> notifications.request(number, notification.channel(), null),
                        "notification", model, response)
                .map(id -> "redirect:/console/accounts/" + back + "?sent=" + number + "&channel="
                        + notification.channel() + "#t" + number)
                .orElseGet(() -> page.show(back, model));
    }

    /** Where to go back to: an account number, never a URL someone slipped in. */
    private static String checked(String account) {
        if (!AccountNumber.isWellFormed(account)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "account must be an account number.");
        }
        return account;
    }
}
