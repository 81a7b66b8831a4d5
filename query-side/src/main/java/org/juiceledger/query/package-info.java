/** The query side: projections built from events, and the reports read from them. Derives; never decides. */
package org.juiceledger.query;
