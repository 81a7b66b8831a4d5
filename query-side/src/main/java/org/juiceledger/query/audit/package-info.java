/**
 * Audit: the event history read straight from the event store (JSON and NDJSON, personal data
 * masked by role), and the SHA-256 hash chain that makes changes to stored events evident.
 */
package org.juiceledger.query.audit;
