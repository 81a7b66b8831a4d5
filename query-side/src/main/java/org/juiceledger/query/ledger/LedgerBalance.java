package org.juiceledger.query.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The totals of one ledger account: every debit and every credit ever posted to it. */
@Entity
@Table(name = "ledger_balance")
public class LedgerBalance {

    @Id
    @Column(name = "ledger_account")
    private String ledgerAccount;
    @Column(name = "debit_total")
    private BigDecimal debitTotal;
    @Column(name = "credit_total")
    private BigDecimal creditTotal;
    @Column(name = "line_count")
    private long lineCount;

    protected LedgerBalance() {
    }

    LedgerBalance(String ledgerAccount) {
        this.ledgerAccount = ledgerAccount;
        this.debitTotal = BigDecimal.ZERO.setScale(2);
        this.creditTotal = BigDecimal.ZERO.setScale(2);
    }

    /** Adds a line; returns the balance after it, debit minus credit. */
    BigDecimal add(JournalLine line) {
        debitTotal = debitTotal.add(line.debit());
        creditTotal = creditTotal.add(line.credit());
        lineCount++;
        return net();
    }

    public String getLedgerAccount() {
        return ledgerAccount;
    }

    public BigDecimal getDebitTotal() {
        return debitTotal;
    }

    public BigDecimal getCreditTotal() {
        return creditTotal;
    }

    public long getLineCount() {
        return lineCount;
    }

    /** Debit minus credit. */
    public BigDecimal net() {
        return debitTotal.subtract(creditTotal);
    }
}
