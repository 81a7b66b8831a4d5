package org.juiceledger.query.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** An account with its current balances. */
@Entity
@Table(name = "account_view")
public class AccountView {

    @Id
    @Column(name = "account_number")
    private String accountNumber;
    private String name;
    private String phone;
    private String email;
    @Column(name = "tariff_id")
    private String tariffId;
    @Column(name = "wallet_balance")
    private BigDecimal walletBalance;
    @Column(name = "arrears_balance")
    private BigDecimal arrearsBalance;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "opened_by")
    private String openedBy;

    protected AccountView() {
    }

    AccountView(String accountNumber, String name, String phone, String email, String tariffId,
                Instant openedAt, String openedBy) {
        this.accountNumber = accountNumber;
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.tariffId = tariffId;
        this.walletBalance = BigDecimal.ZERO.setScale(2);
        this.arrearsBalance = BigDecimal.ZERO.setScale(2);
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** The wallet's balance after the newest wallet event. */
    void walletBalance(BigDecimal balance) {
        this.walletBalance = balance;
    }

    /** Debt added (positive) or paid, written off or reversed (negative). */
    void addToArrears(BigDecimal change) {
        this.arrearsBalance = arrearsBalance.add(change);
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getTariffId() {
        return tariffId;
    }

    public BigDecimal getWalletBalance() {
        return walletBalance;
    }

    public BigDecimal getArrearsBalance() {
        return arrearsBalance;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
