/** Bean-validation constraints that check a request against the rule of a kernel value type. */
package org.juiceledger.kernel.validation;
