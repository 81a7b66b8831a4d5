/** Sign-in with a server session for /console (form login, CSRF), and what each role may open. */
package org.juiceledger.standalone.console.security;
