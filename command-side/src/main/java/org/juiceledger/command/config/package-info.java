/** Axon settings that belong to the command side only. */
package org.juiceledger.command.config;
