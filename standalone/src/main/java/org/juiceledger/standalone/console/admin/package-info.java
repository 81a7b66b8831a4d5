/** The admin's desk: users, their roles, limits and passwords, through the registry the API uses. */
package org.juiceledger.standalone.console.admin;
