/** Commands through a bus that serializes them and their outcome, as Axon Server does between nodes. */
package org.juiceledger.standalone.bus;
