/** Axon's JDBC event storage engine as this project runs it: prefetching, and telling processors when events were appended. */
package org.juiceledger.platform.axon.eventstore;
