/** The STS token engine: key derivation, encryption and the 20-digit token format (IEC 62055-41). */
package org.juiceledger.sts;
