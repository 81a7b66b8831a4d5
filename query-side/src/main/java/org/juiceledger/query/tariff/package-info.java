/** Tariff versions as published, for lookups and history. */
package org.juiceledger.query.tariff;
