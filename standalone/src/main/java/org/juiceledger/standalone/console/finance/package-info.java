/** Finance: cashier totals with sales per day and settlements, card inventory with the outstanding liability, the trial balance, the general ledger; CSV on every table. */
package org.juiceledger.standalone.console.finance;
