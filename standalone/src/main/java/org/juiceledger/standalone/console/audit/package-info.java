/** The auditor's desk: event history (masked as the API masks), the hash-chain check, projections and replay. */
package org.juiceledger.standalone.console.audit;
