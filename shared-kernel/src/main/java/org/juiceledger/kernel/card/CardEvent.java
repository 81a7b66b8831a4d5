package org.juiceledger.kernel.card;

/** An event about one card, identified by its serial. */
public interface CardEvent {

    String serial();
}
