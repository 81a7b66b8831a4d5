/** Read endpoints of the general ledger: trial balance, account statements, invariants (JSON and CSV). */
package org.juiceledger.query.ledger.web;
