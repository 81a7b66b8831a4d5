/** Verification: recompute the projections from the events alone, independently, and compare row by row. */
package org.juiceledger.query.verification;
