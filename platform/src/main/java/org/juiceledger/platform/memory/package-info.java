/** What the process keeps resident: the JVM is asked to give back memory it no longer uses. */
package org.juiceledger.platform.memory;
