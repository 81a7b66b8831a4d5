/**
 * The customer web page: {@code GET /redeem} is a plain, accessible HTML form (no login, no
 * JavaScript, no cookies) and {@code POST /redeem} redeems a Juice Card to a meter through the
 * {@code RedeemCard} command and shows the token in groups of four, or the wallet credit. The form
 * carries a signed, time-limited token bound to the client's address (cross-site posts are
 * refused); failed attempts are limited per client address by the
 * {@link org.juiceledger.command.guard.FailedAttemptLimiter}. Every value shown is escaped.
 */
package org.juiceledger.command.webredeem;
