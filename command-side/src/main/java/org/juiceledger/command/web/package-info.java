/** Web concerns of the command side as a whole: feature-specific error codes. */
package org.juiceledger.command.web;
