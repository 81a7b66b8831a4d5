package org.juiceledger.query.ledger.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.juiceledger.query.ledger.InvariantCheck;
import org.juiceledger.query.ledger.LedgerReports;
import org.juiceledger.query.ledger.LedgerReports.AccountStatement;
import org.juiceledger.query.ledger.LedgerReports.InvariantReport;
import org.juiceledger.query.ledger.LedgerReports.TrialBalance;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.query.support.ReadsProjections;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The general ledger for finance and auditors: trial balance, account statements, invariants; JSON or CSV. */
@RestController
@ReadsProjections(ProjectionNames.LEDGER)
@Tag(name = "Ledger")
@PreAuthorize("hasAnyRole('FINANCE', 'AUDITOR')")
class LedgerController {

    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private final LedgerReports reports;

    LedgerController(LedgerReports reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/api/reports/trial-balance", produces = JSON)
    TrialBalance trialBalance() {
        return reports.trialBalance();
    }

    @GetMapping(value = "/api/reports/trial-balance", produces = CSV)
    String trialBalanceCsv() {
        TrialBalance balance = reports.trialBalance();
        Csv csv = new Csv("account", "debit", "credit");
        balance.lines().forEach(line -> csv.row(line.account(), line.debit(), line.credit()));
        return csv.row("TOTAL", balance.totalDebit(), balance.totalCredit()).toString();
    }

    @GetMapping(value = "/api/ledger/accounts/{code}/statement", produces = JSON)
    AccountStatement statement(@PathVariable String code,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(1000000) int page,
                               @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int size) {
        return reports.statement(code, from, to, page, size);
    }

    @GetMapping(value = "/api/ledger/accounts/{code}/statement", produces = CSV)
    String statementCsv(@PathVariable String code,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(1000000) int page,
                        @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int size) {
        return new StatementCsv().add(reports.statement(code, from, to, page, size)).toString();
    }

    /** The invariants compare the ledger with the account, card and cashier projections. */
    @ReadsProjections({ProjectionNames.LEDGER, ProjectionNames.ACCOUNTS, ProjectionNames.CARDS, ProjectionNames.CASHIER_TOTALS})
    @GetMapping(value = "/api/reports/invariants", produces = JSON)
    InvariantReport invariants() {
        return reports.invariants();
    }

    @ReadsProjections({ProjectionNames.LEDGER, ProjectionNames.ACCOUNTS, ProjectionNames.CARDS, ProjectionNames.CASHIER_TOTALS})
    @GetMapping(value = "/api/reports/invariants", produces = CSV)
    String invariantsCsv() {
        Csv csv = new Csv("name", "expected", "actual", "holds");
        for (InvariantCheck check : reports.invariants().checks()) {
            csv.row(check.name(), check.expected(), check.actual(), check.holds());
        }
        return csv.toString();
    }
}
