/** Cards and their history, batches, and the card inventory with the outstanding card liability. */
package org.juiceledger.query.card;
