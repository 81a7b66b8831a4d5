package org.juiceledger.standalone.console.finance;

import org.juiceledger.query.ledger.LedgerReports;
import org.juiceledger.query.ledger.LedgerReports.AccountStatement;
import org.juiceledger.query.ledger.web.StatementCsv;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.standalone.console.support.ConsoleReads;
import org.juiceledger.standalone.console.support.CsvText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The general ledger: one ledger account's journal lines from day to day (both included, UTC; either
 * end open) with the running balance, read by {@link LedgerReports#statement} as
 * {@code GET /api/ledger/accounts/{code}/statement} reads it; the CSV has every line of the range in
 * the API's columns.
 */
@Controller
class LedgerStatementController {

    static final int PAGE_SIZE = 100;
    private static final int CSV_PAGE_SIZE = 5000;
    private final ConsoleReads reads;
    private final LedgerReports ledger;

    LedgerStatementController(ConsoleReads reads, LedgerReports ledger) {
        this.reads = reads;
        this.ledger = ledger;
    }

    @GetMapping("/console/finance/ledger")
    String statement(@RequestParam(required = false) String account,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("stale", reads.await(ProjectionNames.LEDGER));
        List<String> accounts = ledger.trialBalance().lines().stream().map(LedgerReports.TrialBalance.Line::account).toList();
        String chosen = account == null || account.isBlank() ? null : account.strip();
        model.addAttribute("accounts", accounts);
        model.addAttribute("account", chosen == null ? "" : chosen);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (chosen != null) {
            AccountStatement statement = ledger.statement(chosen, start(from), end(to), Math.max(0, page), PAGE_SIZE);
            model.addAttribute("statement", statement);
            model.addAttribute("lastPage", statement.total() == 0 ? 0 : (statement.total() - 1) / PAGE_SIZE);
        }
        return "console/ledger";
    }

    @GetMapping("/console/finance/ledger.csv")
    ResponseEntity<byte[]> statementCsv(@RequestParam String account,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        reads.requireCurrent(ProjectionNames.LEDGER);
        StatementCsv csv = new StatementCsv();
        AccountStatement statement;
        int page = 0;
        do {
            statement = ledger.statement(account.strip(), start(from), end(to), page++, CSV_PAGE_SIZE);
            csv.add(statement);
        } while ((long) page * CSV_PAGE_SIZE < statement.total());
        return CsvText.download(csv.toString(), "ledger-" + account.strip().replace(':', '_')
                + (from == null ? "" : "-" + from) + (to == null ? "" : "-" + to) + ".csv");
    }

    private static Instant start(LocalDate from) {
        return from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Instant end(LocalDate to) {
        return to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
