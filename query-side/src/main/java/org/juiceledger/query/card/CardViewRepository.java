package org.juiceledger.query.card;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface CardViewRepository extends JpaRepository<CardView, String> {

    /** Rows of [denomination, state, custodian, count, value], for the inventory report. */
    @Query("select c.denomination, c.state, c.custodian, count(c), sum(c.denomination) from CardView c "
            + "group by c.denomination, c.state, c.custodian order by c.denomination, c.state, c.custodian")
    List<Object[]> inventory();

    /** Rows of [batchId, denomination, state, count, first serial, last serial], for the list of batches. */
    @Query("select c.batchId, c.denomination, c.state, count(c), min(c.serial), max(c.serial) from CardView c "
            + "group by c.batchId, c.denomination, c.state")
    List<Object[]> batches();
}
