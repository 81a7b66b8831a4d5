/** REST endpoint for creating users. */
package org.juiceledger.platform.user.web;
