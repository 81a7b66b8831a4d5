package org.juiceledger.query.ledger.web;

import org.juiceledger.query.ledger.LedgerReports.AccountStatement;

/**
 * An account statement as CSV, one row a journal line with its running balance: the columns of
 * {@code GET /api/ledger/accounts/{code}/statement} as text/csv, and of the console's ledger download.
 */
public final class StatementCsv {

    private final Csv csv = new Csv("account", "position", "entry", "postedAt", "transactionNumber", "accountNumber",
            "eventType", "description", "who", "debit", "credit", "balance");

    /** Adds the statement's lines (a page of them) after those added before. */
    public StatementCsv add(AccountStatement statement) {
        for (AccountStatement.Line line : statement.lines()) {
            csv.row(statement.account(), line.position(), line.entryId(), line.postedAt(), line.transactionNumber(),
                    line.accountNumber(), line.eventType(), line.description(), line.who(), line.debit(), line.credit(),
                    line.balance());
        }
        return this;
    }

    @Override
    public String toString() {
        return csv.toString();
    }
}
