package org.juiceledger.query.ledger;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface LedgerBalanceRepository extends JpaRepository<LedgerBalance, String> {

    List<LedgerBalance> findAllByOrderByLedgerAccount();

    /**
     * Every balance row, by a query string Hibernate plans once ({@code findAll()} is a criteria
     * query, planned again on every call).
     */
    @Query("select b from LedgerBalance b")
    List<LedgerBalance> loadAll();
}
