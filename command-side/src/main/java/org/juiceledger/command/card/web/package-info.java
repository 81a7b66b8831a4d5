/** REST endpoints of card batches, custody, activation, voiding and the cashier's card redemption. */
package org.juiceledger.command.card.web;
