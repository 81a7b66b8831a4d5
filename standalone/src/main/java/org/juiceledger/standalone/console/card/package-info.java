/** Activate Juice Cards at the counter: one serial or a range, [Verify] then [Activate], all or none. */
package org.juiceledger.standalone.console.card;
