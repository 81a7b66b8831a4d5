/** What several projections share: sequencing and processor settings. */
package org.juiceledger.query.support;
