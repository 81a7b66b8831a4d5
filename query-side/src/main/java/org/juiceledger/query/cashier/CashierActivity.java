package org.juiceledger.query.cashier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One amount a cashier collected, or gave back (negative) when a transaction of theirs was reversed. */
@Entity
@Table(name = "cashier_activity")
public class CashierActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cashier_activity")
    @SequenceGenerator(name = "cashier_activity", sequenceName = "cashier_activity_seq", allocationSize = 50)
    private Long id;
    private String cashier;
    @Column(name = "batch_number")
    private long batchNumber;
    @Column(name = "business_day")
    private LocalDate businessDay;
    @Column(name = "happened_at")
    private Instant happenedAt;
    @Column(name = "transaction_number")
    private long transactionNumber;
    private String type;
    private String tender;
    private BigDecimal amount;

    protected CashierActivity() {
    }

    CashierActivity(String cashier, long batchNumber, Instant happenedAt, long transactionNumber, String type,
                    String tender, BigDecimal amount) {
        this.cashier = cashier;
        this.batchNumber = batchNumber;
        this.businessDay = LocalDate.ofInstant(happenedAt, ZoneOffset.UTC);
        this.happenedAt = happenedAt;
        this.transactionNumber = transactionNumber;
        this.type = type;
        this.tender = tender;
        this.amount = amount;
    }

    public String getCashier() {
        return cashier;
    }

    public String getTender() {
        return tender;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
