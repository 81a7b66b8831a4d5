/** Read endpoints of card detail and the card inventory. */
package org.juiceledger.query.card.web;
