/** Health for an orchestrator: a database probe that answers within its deadline, liveness and readiness. */
package org.juiceledger.platform.health;
