package org.juiceledger.standalone.console.card;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.kernel.card.CardSerial;
import org.juiceledger.command.card.web.CardRequests.CustodyRequest;
import org.juiceledger.command.card.web.CardRequests.RangeRequest;
import org.juiceledger.command.card.web.CardRequests.VoidRequest;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.standalone.console.support.ConsoleForms;
import org.juiceledger.standalone.console.support.Refusal;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cards in the safe and at the tills: hand a range to a cashier ({@code POST /api/cards/custody}),
 * take it back ({@code POST /api/cards/custody/returns}), and void a card
 * ({@code POST /api/cards/{serial}/void}). The forms are the API's request bodies.
 */
@Controller
class CardStockController {

    private static final String PAGE = "console/card-stock";
    private final CommandGateway commands;

    CardStockController(CommandGateway commands) {
        this.commands = commands;
    }

    /** An empty "last serial" is one card, as when the API's field is left out. */
    @InitBinder({"custody", "takeBack"})
    void emptyIsLeftOut(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/console/cards/stock")
    String page(Model model) {
        if (!model.containsAttribute("custody")) {
            model.addAttribute("custody", new CustodyRequest(null, null, null));
        }
        if (!model.containsAttribute("takeBack")) {
            model.addAttribute("takeBack", new RangeRequest(null, null));
        }
        return PAGE;
    }

    @PostMapping("/console/cards/custody")
    String issue(@Valid @ModelAttribute("custody") CustodyRequest custody, BindingResult errors, Model model,
                 HttpServletResponse response) {
        ConsoleForms.submit(errors, () -> done(custody.toCommand()), "custody", model, response)
                .ifPresent(done -> model.addAttribute("issued", custody));
        return page(model);
    }

    @PostMapping("/console/cards/custody/returns")
    String takeBack(@Valid @ModelAttribute("takeBack") RangeRequest takeBack, BindingResult errors, Model model,
                    HttpServletResponse response) {
        ConsoleForms.submit(errors, () -> done(takeBack.toReturn()), "takeBack", model, response)
                .ifPresent(done -> model.addAttribute("returned", takeBack));
        return page(model);
    }

    @PostMapping("/console/cards/void")
    String voidCard(@RequestParam(defaultValue = "") String serial, @Valid @ModelAttribute("voiding") VoidRequest voiding,
                    BindingResult errors, Model model, HttpServletResponse response) {
        if (errors.hasErrors() || !CardSerial.isWellFormed(serial.strip())) {
            model.addAttribute("refusal", Refusal.of(ErrorCode.VALIDATION_FAILED.name(),
                    "Give the card's serial (digits) and a reason (at most 200 characters)."));
            model.addAttribute("refusedForm", "void");
            response.setStatus(400);
            return page(model);
        }
        String card = serial.strip();
        ConsoleForms.attempt(() -> done(voiding.toCommand(card)), "void", model, response)
                .ifPresent(done -> model.addAttribute("voided", card));
        return page(model);
    }

    /** These commands answer nothing: done is that they were not refused. */
    private Boolean done(Object command) {
        commands.sendAndWait(command);
        return Boolean.TRUE;
    }
}
