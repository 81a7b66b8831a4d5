package org.juiceledger.query.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface AccountViewRepository extends JpaRepository<AccountView, String> {

    /** [number of accounts, sum of wallets, sum of arrears], for the account balances list. */
    @Query("select count(a), coalesce(sum(a.walletBalance), 0), coalesce(sum(a.arrearsBalance), 0) from AccountView a")
    List<Object[]> balanceTotals();
}
