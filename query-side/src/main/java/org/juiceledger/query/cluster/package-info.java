/**
 * Several query-side nodes on one database: each says it is alive ({@code processing_node}), and a
 * node holding more than its share of a processor's segments releases the surplus to the others.
 */
package org.juiceledger.query.cluster;
