/**
 * Protection against automated guessing: {@link org.juiceledger.command.guard.FailedAttemptLimiter}
 * counts failed attempts per source (client address, phone number, caller id, cashier, target) in
 * the database, so the limit holds across nodes, and keeps every failed attempt for audit (never
 * the PIN). The customer web page and the SMS and IVR gateways share it.
 */
package org.juiceledger.command.guard;
