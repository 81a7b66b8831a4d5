package org.juiceledger.kernel.card;

import org.juiceledger.kernel.money.Money;

import java.util.List;

/** What a range of cards holds: how many, their total, and each card that is not Available. */
public record CardRangeReport(int quantity, Money total, List<Problem> problems) {

    public CardRangeReport {
        problems = List.copyOf(problems);
    }

    public record Problem(String serial, String state) {
    }
}
