package org.juiceledger.query.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One transaction as one account sees it. A reversed transaction keeps its figures but reads type
 * Credit, status REVERSED and a token of zeros, as the seed text says; {@code originalType} keeps
 * what it was for the reports.
 */
@Entity
@Table(name = "transaction_view")
@IdClass(TransactionView.Key.class)
public class TransactionView {

    public static final String ZERO_TOKEN = "00000000000000000000";

    @Id
    @Column(name = "transaction_number")
    private long transactionNumber;
    @Id
    @Column(name = "account_number")
    private String accountNumber;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private String type;
    @Column(name = "original_type")
    private String originalType;
    private String status;
    @Column(name = "meter_number")
    private String meterNumber;
    private String token;
    private BigDecimal units;
    @Column(name = "unit_type")
    private String unitType;
    private BigDecimal amount;
    @Column(name = "arrears_amount")
    private BigDecimal arrearsAmount;
    private BigDecimal total;
    @Column(name = "wallet_change")
    private BigDecimal walletChange;
    private String tender;
    private BigDecimal tendered;
    @Column(name = "change_given")
    private BigDecimal changeGiven;
    private String cashier;
    private String channel;
    @Column(name = "reversal_of")
    private Long reversalOf;
    @Column(name = "reversed_by")
    private Long reversedBy;
    private String counterparty;
    private String note;

    protected TransactionView() {
    }

    TransactionView(TransactionRecorded t, Instant recordedAt, String cashier, String channel) {
        this.transactionNumber = t.transactionNumber();
        this.accountNumber = t.accountNumber();
        this.recordedAt = recordedAt;
        this.type = t.type().label();
        this.originalType = t.type().label();
        this.status = "OK";
        this.meterNumber = t.meterNumber();
        this.token = t.token();
        this.units = t.units();
        this.unitType = t.unitType().label();
        this.amount = t.total().minus(t.arrearsAmount()).amount();
        this.arrearsAmount = t.arrearsAmount().amount();
        this.total = t.total().amount();
        this.walletChange = t.walletChange().amount();
        this.tender = t.tender() == null ? null : t.tender().name();
        this.tendered = t.tendered() == null ? null : t.tendered().amount();
        this.changeGiven = t.change().amount();
        this.cashier = cashier;
        this.channel = channel;
        this.reversalOf = t.reversalOf();
        this.counterparty = t.counterparty();
        this.note = t.note();
    }

    void reversedBy(long reversalNumber) {
        this.reversedBy = reversalNumber;
        this.status = "REVERSED";
        this.type = TransactionType.ofLabel(type).receiptLabel(true);
        if (token != null) {
            token = ZERO_TOKEN;
        }
    }

    public long getTransactionNumber() {
        return transactionNumber;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getType() {
        return type;
    }

    public String getOriginalType() {
        return originalType;
    }

    public String getStatus() {
        return status;
    }

    public String getMeterNumber() {
        return meterNumber;
    }

    public String getToken() {
        return token;
    }

    public BigDecimal getUnits() {
        return units;
    }

    public String getUnitType() {
        return unitType;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getArrearsAmount() {
        return arrearsAmount;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getWalletChange() {
        return walletChange;
    }

    public String getTender() {
        return tender;
    }

    public BigDecimal getTendered() {
        return tendered;
    }

    public BigDecimal getChangeGiven() {
        return changeGiven;
    }

    public String getCashier() {
        return cashier;
    }

    public String getChannel() {
        return channel;
    }

    public Long getReversalOf() {
        return reversalOf;
    }

    public Long getReversedBy() {
        return reversedBy;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public String getNote() {
        return note;
    }

    public record Key(long transactionNumber, String accountNumber) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}
