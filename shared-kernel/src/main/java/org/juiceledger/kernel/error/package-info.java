/** The closed set of error codes, their kinds, and the exception a refused rule throws. */
package org.juiceledger.kernel.error;
