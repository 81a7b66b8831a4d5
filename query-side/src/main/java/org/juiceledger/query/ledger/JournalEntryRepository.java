package org.juiceledger.query.ledger;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    @Query("select e.eventId from JournalEntry e where e.eventId in :eventIds")
    List<String> postedAmong(@Param("eventIds") Collection<String> eventIds);

    Optional<JournalEntry> findFirstBySourceKeyOrderByGlobalPositionAscIdAsc(String sourceKey);
}
