/** The standalone application: both sides and the staff console in one process on one port. */
package org.juiceledger.standalone;
