package org.juiceledger.query.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface LedgerBalanceRepository extends JpaRepository<LedgerBalance, String> {

    List<LedgerBalance> findAllByOrderByLedgerAccount();
}
