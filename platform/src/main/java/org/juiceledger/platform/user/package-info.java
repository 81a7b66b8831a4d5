/** Users who may sign in, their roles and limits, and the bootstrap admin. */
package org.juiceledger.platform.user;
