package org.juiceledger.query.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.util.List;

public interface AccountViewRepository extends JpaRepository<AccountView, String> {

    /** [number of accounts, sum of wallets, sum of arrears], for the account balances list. */
    @Query("select count(a), coalesce(sum(a.walletBalance), 0), coalesce(sum(a.arrearsBalance), 0) from AccountView a")
    List<Object[]> balanceTotals();

    /** Wallet events carry the balance after them, so this is safe to apply in any segment. */
    @Modifying
    @Query("update AccountView a set a.walletBalance = :balance where a.accountNumber = :account")
    int setWalletBalance(@Param("account") String account, @Param("balance") BigDecimal balance);

    @Modifying
    @Query("update AccountView a set a.arrearsBalance = a.arrearsBalance + :change where a.accountNumber = :account")
    int addToArrears(@Param("account") String account, @Param("change") BigDecimal change);
}
