/** Fault injection: real processes killed by PID, a PostgreSQL cluster of the tests' own stopped under load. */
package org.juiceledger.standalone.fault;
