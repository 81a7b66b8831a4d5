/** The staff console under /console: server-rendered pages for cashiers, supervisors, finance, auditors and admins. */
package org.juiceledger.standalone.console;
