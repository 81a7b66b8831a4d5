package org.juiceledger.query.card;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CardHistoryRepository extends JpaRepository<CardHistoryEntry, Long> {

    List<CardHistoryEntry> findBySerialOrderById(String serial);
}
