package org.juiceledger.query.ledger;

import java.util.List;

/**
 * One invariant the ledger must keep, checked on demand ({@code GET /api/reports/invariants}) and by
 * the tests. Each is a Spring bean; the report runs every bean in {@code @Order}, so a new invariant
 * (for example cash on hand per cashier against their open batch) is one more bean implementing this.
 * The checks of one report run in one read-only, repeatable-read transaction, so they all see one
 * snapshot of the database; the projections they compare run apart and may lag each other briefly.
 */
public interface LedgerInvariant {

    /** One check, or one per subject (for example one per cashier). */
    List<InvariantCheck> check();
}
