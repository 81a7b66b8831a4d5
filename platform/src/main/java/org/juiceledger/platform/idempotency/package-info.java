/**
 * {@code Idempotency-Key} on POST requests: the first response to a key is kept in the database
 * for a while and a retry with the same key and body gets it again instead of a second effect.
 */
package org.juiceledger.platform.idempotency;
