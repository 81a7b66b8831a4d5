/** Axon wiring: serializer, metadata on every message, processors. */
package org.juiceledger.platform.axon;
