package org.juiceledger.query.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface MeterViewRepository extends JpaRepository<MeterView, String> {

    List<MeterView> findByAccountNumberOrderByMeterNumber(String accountNumber);
}
