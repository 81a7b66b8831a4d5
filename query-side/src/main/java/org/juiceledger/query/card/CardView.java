package org.juiceledger.query.card;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One card as it stands now. */
@Entity
@Table(name = "card_view")
public class CardView {

    @Id
    private String serial;
    @Column(name = "batch_id")
    private String batchId;
    private BigDecimal denomination;
    private String state;
    private String custodian;
    @Column(name = "sale_number")
    private Long saleNumber;
    @Column(name = "redeemed_by")
    private Long redeemedBy;
    @Column(name = "account_number")
    private String accountNumber;
    @Column(name = "meter_number")
    private String meterNumber;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CardView() {
    }

    void custodian(String custodian, Instant at) {
        this.custodian = custodian;
        this.updatedAt = at;
    }

    void state(String state, Instant at) {
        this.state = state;
        this.updatedAt = at;
    }

    void sold(long saleNumber, Instant at) {
        this.saleNumber = saleNumber;
        state("ACTIVATED", at);
    }

    void unsold(Instant at) {
        this.saleNumber = null;
        state("AVAILABLE", at);
    }

    void redeemed(long transactionNumber, String accountNumber, String meterNumber, Instant at) {
        this.redeemedBy = transactionNumber;
        this.accountNumber = accountNumber;
        this.meterNumber = meterNumber;
        state("REDEEMED", at);
    }

    void unredeemed(Instant at) {
        this.redeemedBy = null;
        this.accountNumber = null;
        this.meterNumber = null;
        state("ACTIVATED", at);
    }

    public String getSerial() {
        return serial;
    }

    public String getBatchId() {
        return batchId;
    }

    public BigDecimal getDenomination() {
        return denomination;
    }

    public String getState() {
        return state;
    }

    public String getCustodian() {
        return custodian;
    }

    public Long getSaleNumber() {
        return saleNumber;
    }

    public Long getRedeemedBy() {
        return redeemedBy;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getMeterNumber() {
        return meterNumber;
    }
}
