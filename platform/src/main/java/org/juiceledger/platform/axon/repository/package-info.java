/** Axon repositories for units of work that touch thousands of aggregates at once (a card range). */
package org.juiceledger.platform.axon.repository;
