/** Read endpoints of cashier totals and settlements. */
package org.juiceledger.query.cashier.web;
