package org.juiceledger.standalone.console.finance;

import org.juiceledger.query.card.CardViewRepository;
import org.juiceledger.query.ledger.LedgerReports;
import org.juiceledger.query.ledger.LedgerReports.TrialBalance;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.standalone.console.support.ConsoleReads;
import org.juiceledger.standalone.console.support.CsvText;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The trial balance ({@code LedgerReports}, as {@code GET /api/reports/trial-balance}) and the card
 * inventory with the outstanding liability (the query of {@code GET /api/reports/card-inventory}).
 */
@Controller
class LedgerPagesController {

    private final ConsoleReads reads;
    private final LedgerReports ledger;
    private final CardViewRepository cards;

    LedgerPagesController(ConsoleReads reads, LedgerReports ledger, CardViewRepository cards) {
        this.reads = reads;
        this.ledger = ledger;
        this.cards = cards;
    }

    @GetMapping("/console/finance/trial-balance")
    String trialBalance(Model model) {
        model.addAttribute("stale", reads.await(ProjectionNames.LEDGER));
        model.addAttribute("trialBalance", ledger.trialBalance());
        return "console/trial-balance";
    }

    @GetMapping("/console/finance/trial-balance.csv")
    ResponseEntity<byte[]> trialBalanceCsv() {
        reads.requireCurrent(ProjectionNames.LEDGER);
        TrialBalance balance = ledger.trialBalance();
        CsvText csv = new CsvText("account", "debit", "credit");
        balance.lines().forEach(line -> csv.row(line.account(), line.debit(), line.credit()));
        csv.row("TOTAL", balance.totalDebit(), balance.totalCredit());
        return csv.download("trial-balance.csv");
    }

    @GetMapping("/console/finance/card-inventory")
    String cardInventory(Model model) {
        model.addAttribute("stale", reads.await(ProjectionNames.CARDS));
        CardInventory inventory = CardInventory.of(cards.inventory());
        model.addAttribute("inventory", inventory);
        model.addAttribute("chart", inventory.byState());
        return "console/card-inventory";
    }

    @GetMapping("/console/finance/card-inventory.csv")
    ResponseEntity<byte[]> cardInventoryCsv() {
        reads.requireCurrent(ProjectionNames.CARDS);
        CsvText csv = new CsvText("denomination", "state", "custodian", "quantity", "value");
        CardInventory.of(cards.inventory()).rows()
                .forEach(r -> csv.row(r.denomination(), r.state(), r.custodian(), r.quantity(), r.value()));
        return csv.download("card-inventory.csv");
    }
}
