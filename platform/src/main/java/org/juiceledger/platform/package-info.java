/** What both sides share at run time: event store wiring, request metadata, security, users and errors. */
package org.juiceledger.platform;
