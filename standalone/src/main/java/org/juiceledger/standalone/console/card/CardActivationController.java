package org.juiceledger.standalone.console.card;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.card.ActivationResult;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.card.ActivateCardBatch;
import org.juiceledger.kernel.card.CardRangeReport;
import org.juiceledger.kernel.card.VerifyCardRange;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.security.Role;
import org.juiceledger.standalone.console.support.ConsoleForms;
import org.juiceledger.standalone.console.support.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;

/**
 * [Verify] sends {@code VerifyCardRange} (changes nothing) and shows the cards, their problems and the
 * total; [Activate] sends {@code ActivateCardBatch} with that total as the expected one, so what is
 * sold is what was verified: all the cards or none.
 */
@Controller
class CardActivationController {

    private static final String PAGE = "console/activate";
    private final CommandGateway commands;

    CardActivationController(CommandGateway commands) {
        this.commands = commands;
    }

    @ModelAttribute("tenders")
    Tender[] tenders() {
        return Tender.values();
    }

    @GetMapping("/console/cards/activate")
    String form(Model model) {
        model.addAttribute("activation", ActivationForm.empty());
        return PAGE;
    }

    @PostMapping(value = "/console/cards/activate", params = "verify")
    String verify(@Valid @ModelAttribute("activation") ActivationForm form, BindingResult errors, Model model,
                  HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(400);
            return PAGE;
        }
        if (form.awaitsLastSerial()) {
            model.addAttribute("askLast", true);
            return PAGE;
        }
        ConsoleForms.attempt(() -> commands.<CardRangeReport>sendAndWait(new VerifyCardRange(form.firstSerial(), form.last())),
                "verify", model, response).ifPresent(report -> model.addAttribute("report", report));
        return PAGE;
    }

    @PostMapping(value = "/console/cards/activate", params = "activate")
    String activate(@Valid @ModelAttribute("activation") ActivationForm form, BindingResult errors,
                    @RequestParam(required = false) BigDecimal expectedTotal, Authentication who, Model model,
                    HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(400);
            return PAGE;
        }
        if (expectedTotal == null || expectedTotal.signum() <= 0) {
            model.addAttribute("refusal", Refusal.of(ErrorCode.VALIDATION_FAILED.name(), "Verify the cards first."));
            model.addAttribute("refusedForm", "activate");
            response.setStatus(400);
            return PAGE;
        }
        boolean supervisor = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.SUPERVISOR.authority()));
        ConsoleForms.attempt(() -> commands.<ActivationResult>sendAndWait(new ActivateCardBatch(form.firstSerial(),
                        form.last(), form.customerOrCash(), form.tender(), Money.of(expectedTotal), supervisor)),
                "activate", model, response).ifPresent(sold -> model.addAttribute("sold", sold));
        return PAGE;
    }
}
