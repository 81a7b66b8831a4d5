/** Read endpoints of account overviews and the transaction search. */
package org.juiceledger.query.account.web;
