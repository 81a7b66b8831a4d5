/** STS token vending for the command side, on top of the sts-token engine. */
package org.juiceledger.command.sts;
