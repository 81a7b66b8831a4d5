/** Finance: cashier totals over a date range, card inventory with the outstanding liability, the trial balance; CSV on every table. */
package org.juiceledger.standalone.console.finance;
