/** Scale-out tests: each side's own executable jar as real processes, several nodes on one PostgreSQL. */
package org.juiceledger.standalone.scaleout;
