/** HTTP Basic authentication, roles and the 401/403 problem responses. */
package org.juiceledger.platform.security;
