/** The one guarded redemption step (limit, send, outcome, failure count) that every redemption channel uses. */
package org.juiceledger.command.redemption;
