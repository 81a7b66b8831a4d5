package org.juiceledger.standalone.console.finance;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.account.AccountView;
import org.juiceledger.query.account.AccountViewRepository;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.standalone.console.support.ConsoleReads;
import org.juiceledger.standalone.console.support.CsvText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every account's wallet and arrears balance (the account projection the overview reads), by
 * account number, 100 a page, with the totals; the CSV has them all.
 */
@Controller
class AccountBalancesController {

    static final int PAGE_SIZE = 100;
    private static final int CSV_CHUNK = 1000;
    private static final Sort BY_NUMBER = Sort.by("accountNumber");
    private final ConsoleReads reads;
    private final AccountViewRepository accounts;

    AccountBalancesController(ConsoleReads reads, AccountViewRepository accounts) {
        this.reads = reads;
        this.accounts = accounts;
    }

    @GetMapping("/console/finance/account-balances")
    String balances(@RequestParam(defaultValue = "0") int page, Model model) {
        if (page < 0) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "page must be 0 or more.");
        }
        model.addAttribute("stale", reads.await(ProjectionNames.ACCOUNTS));
        Page<AccountView> shown = accounts.findAll(PageRequest.of(page, PAGE_SIZE, BY_NUMBER));
        Object[] totals = accounts.balanceTotals().get(0);
        model.addAttribute("accounts", shown);
        model.addAttribute("count", totals[0]);
        model.addAttribute("totalWallet", money(totals[1]));
        model.addAttribute("totalArrears", money(totals[2]));
        return "console/account-balances";
    }

    @GetMapping("/console/finance/account-balances.csv")
    ResponseEntity<byte[]> balancesCsv() {
        reads.requireCurrent(ProjectionNames.ACCOUNTS);
        CsvText csv = new CsvText("accountNumber", "name", "tariffId", "wallet", "arrears");
        Page<AccountView> chunk = accounts.findAll(PageRequest.of(0, CSV_CHUNK, BY_NUMBER));
        while (true) {
            List<AccountView> rows = chunk.getContent();
            rows.forEach(a -> csv.row(a.getAccountNumber(), a.getName(), a.getTariffId(), a.getWalletBalance(),
                    a.getArrearsBalance()));
            if (!chunk.hasNext()) {
                break;
            }
            chunk = accounts.findAll(chunk.nextPageable());
        }
        return csv.download("account-balances.csv");
    }

    private static BigDecimal money(Object sum) {
        return new BigDecimal(sum.toString()).setScale(2);
    }
}
