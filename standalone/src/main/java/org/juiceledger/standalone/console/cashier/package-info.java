/** The signed-in cashier's own open batch and its close with the cash they declare. */
package org.juiceledger.standalone.console.cashier;
