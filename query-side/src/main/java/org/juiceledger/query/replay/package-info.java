/** Rebuilding every projection from the event store, with progress while it runs. */
package org.juiceledger.query.replay;
