/** What several projections and their reads share: sequencing, read-your-writes and the staleness header. */
package org.juiceledger.query.support;
