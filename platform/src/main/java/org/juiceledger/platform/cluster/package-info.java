/** Several nodes on one database: each process's own node id, and the token store that claims segments under it. */
package org.juiceledger.platform.cluster;
