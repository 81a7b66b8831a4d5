/** The language both sides speak: commands, events and value objects. No Spring here. */
package org.juiceledger.kernel;
