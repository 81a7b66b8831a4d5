package org.juiceledger.command.card;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.juiceledger.command.duties.SeparationOfDuties;
import org.juiceledger.kernel.card.CardActivated;
import org.juiceledger.kernel.card.CardActivationReversed;
import org.juiceledger.kernel.card.CardCustodyChanged;
import org.juiceledger.kernel.card.CardIssued;
import org.juiceledger.kernel.card.CardRedeemed;
import org.juiceledger.kernel.card.CardRedemptionReversed;
import org.juiceledger.kernel.card.CardRedemptionReversedToWallet;
import org.juiceledger.kernel.card.CardState;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.kernel.card.VoidCard;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.command.testing.Refusals.refusedWith;

/** Every state change of a Juice Card and every refusal. */
class CardTest {

    private static final String SERIAL = "0000000042";
    private static final Money FIFTY = Money.of("50.00");
    private static final CardIssued ISSUED = new CardIssued(SERIAL, "B-1", FIFTY, "a".repeat(64));
    private static final CardActivated SOLD = new CardActivated(SERIAL, 1001, FIFTY);
    private static final CardRedeemed REDEEMED = new CardRedeemed(SERIAL, 2002, "A-1", null, FIFTY);
    private static final Instant REDEEMED_AT = Instant.parse("2026-03-02T08:00:00Z");
    /** A guard window that starts after every event here: no redemption in it counts as a moment ago. */
    private static final Instant WINDOW_START = Instant.parse("2100-01-01T00:00:00Z");
    private AggregateTestFixture<Card> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Card.class);
    }

    @Test
    void anActivatedCardRedeemsOnce() {
        fixture.given(ISSUED, SOLD)
                .whenInvoking(SERIAL, card -> card.redeem(2002, "A-1", "01234567897", WINDOW_START))
                .expectEvents(new CardRedeemed(SERIAL, 2002, "A-1", "01234567897", FIFTY));
    }

    @Test
    void aCardRedeemedWithinTheGuardWindowIsRefusedAsAlreadyRedeemed() {
        fixture.givenCurrentTime(REDEEMED_AT)
                .andGiven(ISSUED, SOLD, new CardRedeemed(SERIAL, 2002, "A-1", null, FIFTY))
                .whenInvoking(SERIAL, card -> card.redeem(2003, "A-2", null, REDEEMED_AT.minus(Duration.ofMinutes(15))))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_ALREADY_REDEEMED));
    }

    @Test
    void aCardRedeemedBeforeTheGuardWindowIsNotRedeemableAndSaysNoMore() {
        fixture.givenCurrentTime(REDEEMED_AT)
                .andGiven(ISSUED, SOLD, new CardRedeemed(SERIAL, 2002, "A-1", null, FIFTY))
                .whenInvoking(SERIAL, card -> card.redeem(2003, "A-2", null, REDEEMED_AT.plusSeconds(1)))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_NOT_REDEEMABLE));
    }

    @Test
    void anUnsoldCardIsNotRedeemableAndSaysNoMore() {
        fixture.given(ISSUED)
                .whenInvoking(SERIAL, card -> card.redeem(2003, "A-2", null, WINDOW_START))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_NOT_REDEEMABLE));
    }

    @Test
    void aVoidCardIsNotRedeemable() {
        fixture.given(ISSUED, SOLD, new CardVoided(SERIAL, CardState.ACTIVATED, FIFTY, "stolen"))
                .whenInvoking(SERIAL, card -> card.redeem(2003, "A-2", null, WINDOW_START))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_NOT_REDEEMABLE));
    }

    @Test
    void custodyMovesOnlyAvailableCards() {
        fixture.given(ISSUED)
                .whenInvoking(SERIAL, card -> card.changeCustody("thabo"))
                .expectEvents(new CardCustodyChanged(SERIAL, "thabo"));
        fixture.given(ISSUED, SOLD)
                .whenInvoking(SERIAL, card -> card.changeCustody("thabo"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_STATE_CONFLICT));
    }

    @Test
    void aCashierSellsOnlyCardsInTheirCustody() {
        SeparationOfDuties duties = new SeparationOfDuties(true);
        Card card = new Card();
        card.on(ISSUED, "card-admin");
        card.on(new CardCustodyChanged(SERIAL, "thabo"));

        assertThat(card.activationProblem("thabo", false, duties)).isEmpty();
        assertThat(card.activationProblem("lerato", false, duties)).contains("NOT_IN_YOUR_CUSTODY");
        assertThat(card.activationProblem("lerato", true, duties)).isEmpty();
        assertThat(card.activationProblem("card-admin", true, duties)).contains("GENERATED_BY_YOU");
        assertThat(card.activationProblem("card-admin", true, new SeparationOfDuties(false))).isEmpty();
        card.on(SOLD);
        assertThat(card.activationProblem("thabo", true, duties)).isEqualTo(Optional.of("ACTIVATED"));
    }

    @Test
    void voidingAnActivatedCardRecordsTheLoss() {
        fixture.given(ISSUED, SOLD)
                .when(new VoidCard(SERIAL, "stolen from the shop"))
                .expectEvents(new CardVoided(SERIAL, CardState.ACTIVATED, FIFTY, "stolen from the shop"));
    }

    @Test
    void voidingAVoidOrRedeemedCardIsRefused() {
        fixture.given(ISSUED, SOLD, new CardRedeemed(SERIAL, 2002, "A-1", null, FIFTY))
                .when(new VoidCard(SERIAL, "lost"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_STATE_CONFLICT));
    }

    @Test
    void voidingNeedsAReason() {
        fixture.given(ISSUED)
                .when(new VoidCard(SERIAL, " "))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED));
    }

    @Test
    void reversedSaleMakesTheCardAvailableAgainButNotOnceUsed() {
        fixture.given(ISSUED, SOLD)
                .whenInvoking(SERIAL, card -> card.reverseActivation(3003))
                .expectEvents(new CardActivationReversed(SERIAL, 3003, FIFTY));
        fixture.given(ISSUED, SOLD, new CardRedeemed(SERIAL, 2002, "A-1", null, FIFTY))
                .whenInvoking(SERIAL, card -> card.reverseActivation(3003))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_STATE_CONFLICT));
    }

    @Test
    void reversingARedemptionLeavesTheCardRedeemedAndSaysWhoseWalletGotTheValue() {
        fixture.given(ISSUED, SOLD, REDEEMED)
                .whenInvoking(SERIAL, card -> card.reverseRedemptionToWallet(3003, "A-9"))
                .expectEvents(new CardRedemptionReversedToWallet(SERIAL, 3003, 2002, "A-9", FIFTY));
    }

    @Test
    void aCardWhoseRedemptionWasReversedIsStillUsed() {
        fixture.given(ISSUED, SOLD, REDEEMED, new CardRedemptionReversedToWallet(SERIAL, 3003, 2002, "A-1", FIFTY))
                .whenInvoking(SERIAL, card -> card.redeem(4004, "A-2", null, WINDOW_START))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_NOT_REDEEMABLE));
    }

    @Test
    void aRedemptionIsReversedOnceAndOnlyARedemption() {
        fixture.given(ISSUED, SOLD, REDEEMED, new CardRedemptionReversedToWallet(SERIAL, 3003, 2002, "A-1", FIFTY))
                .whenInvoking(SERIAL, card -> card.reverseRedemptionToWallet(3004, "A-1"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_STATE_CONFLICT));
        fixture.given(ISSUED, SOLD)
                .whenInvoking(SERIAL, card -> card.reverseRedemptionToWallet(3004, "A-1"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARD_STATE_CONFLICT));
    }

    @Test
    void aCardReversedUnderTheFormerRuleReadsAsActivatedAsItWasStored() {
        fixture.given(ISSUED, SOLD, REDEEMED, new CardRedemptionReversed(SERIAL, 3003, FIFTY))
                .whenInvoking(SERIAL, card -> card.redeem(4004, "A-2", null, WINDOW_START))
                .expectEvents(new CardRedeemed(SERIAL, 4004, "A-2", null, FIFTY));
    }
}
