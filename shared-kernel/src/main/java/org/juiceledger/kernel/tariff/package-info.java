/** Tariffs: the publish command, its event and the terms a version holds. */
package org.juiceledger.kernel.tariff;
