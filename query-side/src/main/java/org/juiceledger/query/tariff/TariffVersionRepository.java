package org.juiceledger.query.tariff;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface TariffVersionRepository extends JpaRepository<TariffVersionView, TariffVersionView.Key> {

    List<TariffVersionView> findByCurrentVersionTrueOrderByTariffId();

    Optional<TariffVersionView> findByTariffIdAndCurrentVersionTrue(String tariffId);

    List<TariffVersionView> findByTariffIdOrderByVersionDesc(String tariffId);
}
