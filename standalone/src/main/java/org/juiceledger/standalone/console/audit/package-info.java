/** The auditor's desk: event history filtered and exported as the API does (masked alike), the hash-chain check, the projection verification, projections and replay. */
package org.juiceledger.standalone.console.audit;
