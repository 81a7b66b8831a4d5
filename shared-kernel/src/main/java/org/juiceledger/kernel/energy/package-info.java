/** Energy as kWh to a tenth, the resolution of an STS token. */
package org.juiceledger.kernel.energy;
