/** REST endpoints of accounts, meters and every account transaction; their request bodies and constraints. */
package org.juiceledger.command.account.web;
