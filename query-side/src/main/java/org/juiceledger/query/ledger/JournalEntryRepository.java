package org.juiceledger.query.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    Optional<JournalEntry> findFirstBySourceKeyOrderByGlobalPositionAscIdAsc(String sourceKey);
}
