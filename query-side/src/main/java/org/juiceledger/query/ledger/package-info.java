/**
 * The general ledger: every value-moving event posts one balanced journal entry (docs/ledger.md),
 * reversals post exact mirrors; trial balance, account statements and the invariant checks.
 */
package org.juiceledger.query.ledger;
