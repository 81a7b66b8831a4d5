package org.juiceledger.standalone.console.account;

import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.kernel.account.ManagementTokenKind;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.account.AccountView;
import org.juiceledger.query.account.AccountViewRepository;
import org.juiceledger.query.account.MeterView;
import org.juiceledger.query.account.MeterViewRepository;
import org.juiceledger.query.account.TransactionViewRepository;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.standalone.console.support.ConsoleForms;
import org.juiceledger.standalone.console.support.ConsoleReads;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the account page shows, read as {@code GET /api/accounts/{a}/overview} reads it: the account,
 * its balances and meters, and the 20 newest transactions first.
 */
@Component
class AccountPage {

    static final int RECENT = 20;
    private final ConsoleReads reads;
    private final AccountViewRepository accounts;
    private final MeterViewRepository meters;
    private final TransactionViewRepository transactions;

    AccountPage(ConsoleReads reads, AccountViewRepository accounts, MeterViewRepository meters,
                TransactionViewRepository transactions) {
        this.reads = reads;
        this.accounts = accounts;
        this.meters = meters;
        this.transactions = transactions;
    }

    String show(String accountNumber, Model model) {
        model.addAttribute("stale", reads.await(ProjectionNames.ACCOUNTS));
        AccountView account = accounts.findById(accountNumber)
                .orElseThrow(() -> new DomainException(ErrorCode.ACCOUNT_NOT_FOUND, "No account " + accountNumber + "."));
        List<MeterView> registered = meters.findByAccountNumberOrderByMeterNumber(accountNumber);
        model.addAttribute("account", account);
        model.addAttribute("meters", registered);
        List<TransactionLine> recent = transactions
                .findByAccountNumberOrderByTransactionNumberDesc(accountNumber, PageRequest.of(0, RECENT))
                .stream().map(TransactionLine::of).toList();
        model.addAttribute("transactions", recent);
        model.addAttribute("tenders", Tender.values());
        if (model.getAttribute("done") instanceof Long done) {
            model.addAttribute("doneLine", recent.stream().filter(t -> t.transactionNumber() == done).findFirst().orElse(null));
        }
        SupervisorForms.addEmpty(model);
        model.addAttribute("managementKinds", ManagementTokenKind.values());
        for (String form : List.of("sale", "deposit", "walletPurchase", "redeem")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, switch (form) {
                    case "sale" -> CounterForms.SaleForm.empty();
                    case "deposit" -> CounterForms.DepositForm.empty();
                    case "walletPurchase" -> CounterForms.WalletPurchaseForm.empty();
                    default -> CounterForms.RedeemForm.empty();
                });
            }
        }
        return "console/account";
    }

    /**
     * Runs a form's command for this account: back to the account with the new transaction shown
     * at the top, or the page again with the refusal (the API's code and message) at the form.
     */
    String record(String accountNumber, String form, BindingResult errors, Model model, HttpServletResponse response,
                  Supplier<TransactionRecorded> command) {
        if (errors.hasErrors()) {
            response.setStatus(400);
            return show(accountNumber, model);
        }
        return ConsoleForms.attempt(command, form, model, response)
                .map(recorded -> "redirect:/console/accounts/" + accountNumber + "?done=" + recorded.transactionNumber()
                        + "#done")
                .orElseGet(() -> show(accountNumber, model));
    }
}
