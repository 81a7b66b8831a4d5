package org.juiceledger.query.cashier;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

public interface SettlementViewRepository extends JpaRepository<SettlementView, SettlementView.Key> {

    long countByCashier(String cashier);

    List<SettlementView> findByClosedAtGreaterThanEqualAndClosedAtLessThanOrderByCashierAscBatchNumberAsc(
            Instant from, Instant to);
}
