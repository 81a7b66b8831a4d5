/** Who, channel and correlation id of each request, carried on every command and event. */
package org.juiceledger.platform.request;
