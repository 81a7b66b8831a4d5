package org.juiceledger.standalone.console.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.redemption.GuardedRedemption;
import org.juiceledger.command.redemption.RedemptionAttempts.AttemptSource;
import org.juiceledger.kernel.account.DepositToWallet;
import org.juiceledger.kernel.account.PurchaseEnergy;
import org.juiceledger.kernel.account.PurchaseFromWallet;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.card.RedeemCard;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.standalone.console.account.CounterForms.DepositForm;
import org.juiceledger.standalone.console.account.CounterForms.RedeemForm;
import org.juiceledger.standalone.console.account.CounterForms.SaleForm;
import org.juiceledger.standalone.console.account.CounterForms.WalletPurchaseForm;
import org.juiceledger.standalone.console.support.ConsoleForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.function.Supplier;

/**
 * Selling at the counter: energy for cash, card, cheque or debit card, a wallet deposit, energy
 * paid from the wallet, and a Juice
 * Card redeemed for the customer. Each sends the command the REST endpoint sends; a refusal comes
 * back on the account page at its form with the API's code and message.
 */
@Controller
class CounterController {

    private final CommandGateway commands;
    private final GuardedRedemption redemption;
    private final AccountPage page;

    CounterController(CommandGateway commands, GuardedRedemption redemption, AccountPage page) {
        this.commands = commands;
        this.redemption = redemption;
        this.page = page;
    }

    @PostMapping("/console/accounts/{a}/purchases")
    String sell(@PathVariable("a") String account, @Valid @ModelAttribute("sale") SaleForm sale, BindingResult errors,
                Model model, HttpServletResponse response) {
        return run(account, "sale", errors, model, response, () -> commands.sendAndWait(new PurchaseEnergy(account,
                blankToNull(sale.meterNumber()), Money.of(sale.amount()), sale.tender(),
                sale.tendered() == null ? null : Money.of(sale.tendered()))));
    }

    @PostMapping("/console/accounts/{a}/deposits")
    String deposit(@PathVariable("a") String account, @Valid @ModelAttribute("deposit") DepositForm deposit,
                   BindingResult errors, Model model, HttpServletResponse response) {
        return run(account, "deposit", errors, model, response, () -> commands.sendAndWait(new DepositToWallet(account,
                Money.of(deposit.amount()), deposit.tender())));
    }

    /** As {@code POST /api/accounts/{a}/wallet/purchases}: the wallet pays, never below zero. */
    @PostMapping("/console/accounts/{a}/wallet-purchases")
    String walletPurchase(@PathVariable("a") String account,
                          @Valid @ModelAttribute("walletPurchase") WalletPurchaseForm purchase, BindingResult errors,
                          Model model, HttpServletResponse response) {
        return run(account, "walletPurchase", errors, model, response, () -> commands.sendAndWait(
                new PurchaseFromWallet(account, blankToNull(purchase.meterNumber()), Money.of(purchase.amount()))));
    }

    /** As {@code POST /api/cards/redeem}: wrong PINs count against this cashier and the meter or account. */
    @PostMapping("/console/accounts/{a}/card-redemptions")
    String redeem(@PathVariable("a") String account, @Valid @ModelAttribute("redeem") RedeemForm redeem,
                  BindingResult errors, Model model, HttpServletResponse response) {
        String meter = blankToNull(redeem.meterNumber());
        String cashier = CurrentRequestOrigin.currentUser();
        AttemptSource source = new AttemptSource(Channel.CONSOLE, cashier, cashier, meter != null ? meter : account);
        model.addAttribute("redeem", new RedeemForm(null, meter));
        return run(account, "redeem", errors, model, response, () -> redemption.redeem(source,
                () -> commands.<TransactionRecorded>sendAndWait(new RedeemCard(redeem.pin(), meter,
                        meter == null ? account : null))).orThrow());
    }

    private String run(String account, String form, BindingResult errors, Model model, HttpServletResponse response,
                       Supplier<TransactionRecorded> command) {
        if (errors.hasErrors()) {
            response.setStatus(400);
            return page.show(account, model);
        }
        return ConsoleForms.attempt(command, form, model, response)
                .map(recorded -> "redirect:/console/accounts/" + account + "?done=" + recorded.transactionNumber()
                        + "#done")
                .orElseGet(() -> page.show(account, model));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
