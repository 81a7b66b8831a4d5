/** A command line that decodes an STS token by hand. */
package org.juiceledger.sts.cli;
