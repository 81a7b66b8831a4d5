package org.juiceledger.query.cashier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A closed batch: what was expected per tender, the cash declared, and the difference. */
@Entity
@Table(name = "settlement_view")
@IdClass(SettlementView.Key.class)
public class SettlementView {

    @Id
    private String cashier;
    @Id
    @Column(name = "batch_number")
    private long batchNumber;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "expected_cash")
    private BigDecimal expectedCash;
    @Column(name = "expected_cc")
    private BigDecimal expectedCc;
    @Column(name = "expected_check")
    private BigDecimal expectedCheck;
    @Column(name = "expected_dc")
    private BigDecimal expectedDc;
    @Column(name = "declared_cash")
    private BigDecimal declaredCash;
    @Column(name = "over_short")
    private BigDecimal overShort;

    protected SettlementView() {
    }

    SettlementView(CashierBatchClosed event, Instant closedAt, String closedBy) {
        this.cashier = event.cashier();
        this.batchNumber = event.batchNumber();
        this.openedAt = event.openedAt();
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.expectedCash = expected(event, "CASH");
        this.expectedCc = expected(event, "CC");
        this.expectedCheck = expected(event, "CHECK");
        this.expectedDc = expected(event, "DC");
        this.declaredCash = event.declaredCash().amount();
        this.overShort = event.overShort().amount();
    }

    private static BigDecimal expected(CashierBatchClosed event, String tender) {
        return event.expected().getOrDefault(tender, Money.ZERO).amount();
    }

    public String getCashier() {
        return cashier;
    }

    public long getBatchNumber() {
        return batchNumber;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public BigDecimal getExpectedCash() {
        return expectedCash;
    }

    public BigDecimal getExpectedCc() {
        return expectedCc;
    }

    public BigDecimal getExpectedCheck() {
        return expectedCheck;
    }

    public BigDecimal getExpectedDc() {
        return expectedDc;
    }

    public BigDecimal getDeclaredCash() {
        return declaredCash;
    }

    public BigDecimal getOverShort() {
        return overShort;
    }

    public record Key(String cashier, long batchNumber) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
