package org.juiceledger.query.cashier;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

public interface CashierActivityRepository extends JpaRepository<CashierActivity, Long> {

    List<CashierActivity> findByTransactionNumber(long transactionNumber);

    /** Rows of [cashier, day, batch, type, tender, count, amount] in a time window, optionally for one cashier. */
    @Query("select a.cashier, a.businessDay, a.batchNumber, a.type, a.tender, count(a), sum(a.amount) "
            + "from CashierActivity a where a.happenedAt >= :from and a.happenedAt < :to "
            + "and (:cashier = '' or a.cashier = :cashier) "
            + "group by a.cashier, a.businessDay, a.batchNumber, a.type, a.tender "
            + "order by a.cashier, a.businessDay, a.batchNumber, a.type, a.tender")
    List<Object[]> totals(@Param("from") Instant from, @Param("to") Instant to, @Param("cashier") String cashier);
}
