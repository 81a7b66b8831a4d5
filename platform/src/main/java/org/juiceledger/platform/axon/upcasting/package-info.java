/** Upcasters: each turns one stored revision of one event into the next, so old events read as the current shape. */
package org.juiceledger.platform.axon.upcasting;
