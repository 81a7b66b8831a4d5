/** REST endpoint that publishes a tariff version. */
package org.juiceledger.command.tariff.web;
