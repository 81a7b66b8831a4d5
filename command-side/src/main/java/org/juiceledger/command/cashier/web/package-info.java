/** REST endpoint of a cashier's batch close. */
package org.juiceledger.command.cashier.web;
