/** The application's one clock and one source of new ids, so that code reads neither from the system itself. */
package org.juiceledger.platform.time;
