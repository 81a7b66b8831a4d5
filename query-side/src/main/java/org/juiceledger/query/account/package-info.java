/** Account overview, meters and the transaction search, built from account and wallet events. */
package org.juiceledger.query.account;
