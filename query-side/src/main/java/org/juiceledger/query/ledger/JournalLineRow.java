package org.juiceledger.query.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored journal line, with its entry's position and time (so a statement reads one table) and
 * the ledger account's running balance after it (debit minus credit).
 */
@Entity
@Table(name = "journal_line")
public class JournalLineRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_line")
    @SequenceGenerator(name = "journal_line", sequenceName = "journal_line_seq", allocationSize = 50)
    private Long id;
    @Column(name = "entry_id")
    private long entryId;
    @Column(name = "line_no")
    private int lineNo;
    @Column(name = "ledger_account")
    private String ledgerAccount;
    private BigDecimal debit;
    private BigDecimal credit;
    @Column(name = "running_balance")
    private BigDecimal runningBalance;
    @Column(name = "global_position")
    private long globalPosition;
    @Column(name = "posted_at")
    private Instant postedAt;

    protected JournalLineRow() {
    }

    JournalLineRow(JournalEntry entry, int lineNo, JournalLine line, BigDecimal runningBalance) {
        this.entryId = entry.getId();
        this.lineNo = lineNo;
        this.ledgerAccount = line.ledgerAccount();
        this.debit = line.debit();
        this.credit = line.credit();
        this.runningBalance = runningBalance;
        this.globalPosition = entry.getGlobalPosition();
        this.postedAt = entry.getPostedAt();
    }

    JournalLine line() {
        return new JournalLine(ledgerAccount, debit, credit);
    }

    public Long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getLedgerAccount() {
        return ledgerAccount;
    }

    public BigDecimal getDebit() {
        return debit;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    /** The account's balance after this line, debit minus credit. */
    public BigDecimal getRunningBalance() {
        return runningBalance;
    }

    public long getGlobalPosition() {
        return globalPosition;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
