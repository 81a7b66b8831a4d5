/** Tariffs: the price of a kWh and the tax on it, in versions. */
package org.juiceledger.command.tariff;
