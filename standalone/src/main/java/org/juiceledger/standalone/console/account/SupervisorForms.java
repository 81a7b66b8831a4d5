package org.juiceledger.standalone.console.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.account.web.TransactionRequests.ArrearsRequest;
import org.juiceledger.command.account.web.TransactionRequests.CreditNoteRequest;
import org.juiceledger.command.account.web.TransactionRequests.FreeTokenRequest;
import org.juiceledger.command.account.web.TransactionRequests.ManagementTokenRequest;
import org.juiceledger.command.account.web.TransactionRequests.WriteOffRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A supervisor's forms on the account page: charge arrears, write arrears off, a credit note, a
 * free token and a management token. Each form is the REST endpoint's own request body and sends
 * the command that body makes ({@code toCommand}), so fields and rules are the API's.
 */
@Controller
class SupervisorForms {

    private static final Map<String, Supplier<Object>> EMPTY = Map.of(
            "arrears", () -> new ArrearsRequest(null, null, null),
            "writeOff", () -> new WriteOffRequest(null, null),
            "creditNote", () -> new CreditNoteRequest(null, null),
            "freeToken", () -> new FreeTokenRequest(null, null, null),
            "managementToken", () -> new ManagementTokenRequest(null, null, null, null));
    private final CommandGateway commands;
    private final AccountPage page;

    SupervisorForms(CommandGateway commands, AccountPage page) {
        this.commands = commands;
        this.page = page;
    }

    static void addEmpty(Model model) {
        EMPTY.forEach((form, empty) -> {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, empty.get());
            }
        });
    }

    @PostMapping("/console/accounts/{a}/arrears")
    String arrears(@PathVariable("a") String account, @Valid @ModelAttribute("arrears") ArrearsRequest form,
                   BindingResult errors, Model model, HttpServletResponse response) {
        return page.record(account, "arrears", errors, model, response, () -> commands.sendAndWait(form.toCommand(account)));
    }

    @PostMapping("/console/accounts/{a}/arrears/write-offs")
    String writeOff(@PathVariable("a") String account, @Valid @ModelAttribute("writeOff") WriteOffRequest form,
                    BindingResult errors, Model model, HttpServletResponse response) {
        return page.record(account, "writeOff", errors, model, response, () -> commands.sendAndWait(form.toCommand(account)));
    }

    @PostMapping("/console/accounts/{a}/wallet/credit-notes")
    String creditNote(@PathVariable("a") String account, @Valid @ModelAttribute("creditNote") CreditNoteRequest form,
                      BindingResult errors, Model model, HttpServletResponse response) {
        return page.record(account, "creditNote", errors, model, response, () -> commands.sendAndWait(form.toCommand(account)));
    }

    @PostMapping("/console/accounts/{a}/free-tokens")
    String freeToken(@PathVariable("a") String account, @Valid @ModelAttribute("freeToken") FreeTokenRequest form,
                     BindingResult errors, Model model, HttpServletResponse response) {
        return page.record(account, "freeToken", errors, model, response, () -> commands.sendAndWait(form.toCommand(account)));
    }

    @PostMapping("/console/accounts/{a}/management-tokens")
    String managementToken(@PathVariable("a") String account,
                           @Valid @ModelAttribute("managementToken") ManagementTokenRequest form, BindingResult errors,
                           Model model, HttpServletResponse response) {
        return page.record(account, "managementToken", errors, model, response,
                () -> commands.sendAndWait(form.toCommand(account)));
    }
}
