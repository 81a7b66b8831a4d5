/** The command side: aggregates and the REST controllers that send them commands. Decides; never reads projections. */
package org.juiceledger.command;
