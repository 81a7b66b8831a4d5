package org.juiceledger.query.ledger;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface JournalLineRepository extends JpaRepository<JournalLineRow, Long> {

    List<JournalLineRow> findByEntryIdOrderByLineNo(long entryId);

    /** One ledger account's lines in a window of time; sort by position in the pageable. */
    Page<JournalLineRow> findByLedgerAccountAndPostedAtGreaterThanEqualAndPostedAtLessThan(
            String ledgerAccount, Instant from, Instant to, Pageable page);

    /** The account's last line before a time: its running balance is the opening balance of a window. */
    Optional<JournalLineRow> findFirstByLedgerAccountAndPostedAtLessThanOrderByGlobalPositionDescIdDesc(
            String ledgerAccount, Instant before);
}
