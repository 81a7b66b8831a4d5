/** Card PINs on the command side: generation, the keyed hash they are kept as, the size of the PIN space. */
package org.juiceledger.command.card.pin;
