/** What every console page shares: the signed-in user, the links their roles open, refusals and CSV. */
package org.juiceledger.standalone.console.support;
