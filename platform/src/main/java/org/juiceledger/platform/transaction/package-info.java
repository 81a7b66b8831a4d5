/** Transactions at the edges: commands joining a request's transaction, database outages, unknown commit outcomes. */
package org.juiceledger.platform.transaction;
