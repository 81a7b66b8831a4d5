/** REST endpoint that requests a receipt by SMS or email. */
package org.juiceledger.command.notification.web;
