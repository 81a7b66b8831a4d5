package org.juiceledger.query.ledger;

import java.util.List;
import java.util.Optional;

/** Where the ledger projection keeps its journal: the database in the application, memory in unit tests. */
public interface Journal {

    /** Whether the event already posted its entry (a redelivered event posts nothing twice). */
    boolean hasEntryFor(String eventId);

    /** The lines of the entry posted for this source key, if one was. */
    Optional<List<JournalLine>> linesOf(String sourceKey);

    /** Saves one entry and moves the balances of its accounts; refuses an unbalanced entry. */
    void post(EntrySource source, Posting posting);

    /** Forgets everything (a replay starts from the first event). */
    void clear();
}
