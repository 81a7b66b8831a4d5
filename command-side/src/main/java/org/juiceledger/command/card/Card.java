package org.juiceledger.command.card;

import org.juiceledger.kernel.Metadata;
import org.juiceledger.kernel.validation.Reasons;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
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
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.request.RequestOrigin;

import java.time.Instant;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One Juice Card. Its value lives only here: Available (no value) → Activated (sold, cash) →
 * Redeemed (used, once; reversing the redemption credits a wallet and leaves it Redeemed). Lost or
 * stolen stock is Void. Two redemptions of one card cannot both
 * commit: the second append of the same sequence number fails.
 */
@Aggregate(repository = CardRepositoryConfiguration.CARDS)
public class Card {

    @AggregateIdentifier
    private String serial;
    private Money denomination;
    private CardState state;
    private String custodian;
    private String generatedBy;
    private Instant redeemedAt;
    private long redemptionNumber;
    private boolean redemptionReversed;

    protected Card() {
    }

    Card(String serial, String batchId, Money denomination, String pinHash) {
        apply(new CardIssued(serial, batchId, denomination, pinHash));
    }

    @CommandHandler
    void handle(VoidCard command) {
        Reasons.require(command.reason(), "Voiding a card");
        if (state != CardState.AVAILABLE && state != CardState.ACTIVATED) {
            throw new DomainException(ErrorCode.CARD_STATE_CONFLICT, "Card " + serial + " is " + state + "; only "
                    + "Available or Activated cards can be voided.");
        }
        apply(new CardVoided(serial, state, denomination, command.reason()));
    }

    void changeCustody(String newCustodian) {
        if (state != CardState.AVAILABLE) {
            throw new DomainException(ErrorCode.CARD_STATE_CONFLICT, "Card " + serial + " is " + state
                    + "; only Available cards move between the safe and cashiers.");
        }
        apply(new CardCustodyChanged(serial, newCustodian));
    }

    /** Why this card cannot be sold by {@code seller}, if it cannot. */
    Optional<String> activationProblem(String seller, boolean anyCustody, SeparationOfDuties duties) {
        if (state != CardState.AVAILABLE) {
            return Optional.of(state.name());
        }
        if (duties.enabled() && seller != null && seller.equals(generatedBy)) {
            return Optional.of("GENERATED_BY_YOU");
        }
        if (!anyCustody && !seller.equals(custodian)) {
            return Optional.of("NOT_IN_YOUR_CUSTODY");
        }
        return Optional.empty();
    }

    void activate(long transactionNumber) {
        apply(new CardActivated(serial, transactionNumber, denomination));
    }

    /**
     * Uses the card. A card redeemed at or after {@code recentSince} (the guard window) is refused
     * as already redeemed: whoever holds its PIN sent it twice or lost a race, which is no guess.
     * Anything else that is not Activated gets the one answer that says nothing about the PIN.
     */
    public Money redeem(long transactionNumber, String accountNumber, String meterNumber, Instant recentSince) {
        if (state == CardState.REDEEMED && !redeemedAt.isBefore(recentSince)) {
            throw CardRules.alreadyRedeemed();
        }
        if (state != CardState.ACTIVATED) {
            throw CardRules.notRedeemable();
        }
        apply(new CardRedeemed(serial, transactionNumber, accountNumber, meterNumber, denomination));
        return denomination;
    }

    public void reverseActivation(long reversalNumber) {
        if (state != CardState.ACTIVATED) {
            throw new DomainException(ErrorCode.CARD_STATE_CONFLICT, "Card " + serial + " is " + state
                    + "; a sale can be reversed only while its cards are unused.");
        }
        apply(new CardActivationReversed(serial, reversalNumber, denomination));
    }

    /**
     * Records that the redemption was reversed and the card's value went to {@code accountNumber}'s
     * wallet. The card stays Redeemed: it is used once, whatever happens to the money afterwards.
     */
    public void reverseRedemptionToWallet(long reversalNumber, String accountNumber) {
        if (state != CardState.REDEEMED || redemptionReversed) {
            throw new DomainException(ErrorCode.CARD_STATE_CONFLICT, "Card " + serial + " is " + state
                    + (redemptionReversed ? " and its redemption was reversed already." : "; only a redemption is reversed."));
        }
        apply(new CardRedemptionReversedToWallet(serial, reversalNumber, redemptionNumber, accountNumber, denomination));
    }

    Money denomination() {
        return denomination;
    }

    CardState state() {
        return state;
    }

    @EventSourcingHandler
    void on(CardIssued event, @MetaDataValue(Metadata.WHO) String who) {
        generatedBy = who;
        serial = event.serial();
        denomination = event.denomination();
        state = CardState.AVAILABLE;
    }

    @EventSourcingHandler
    void on(CardCustodyChanged event) {
        custodian = event.custodian();
    }

    @EventSourcingHandler
    void on(CardActivated event) {
        state = CardState.ACTIVATED;
    }

    @EventSourcingHandler
    void on(CardRedeemed event, @Timestamp Instant at) {
        state = CardState.REDEEMED;
        redeemedAt = at;
        redemptionNumber = event.transactionNumber();
        redemptionReversed = false;
    }

    @EventSourcingHandler
    void on(CardRedemptionReversedToWallet event) {
        redemptionReversed = true;
    }

    @EventSourcingHandler
    void on(CardVoided event) {
        state = CardState.VOID;
    }

    @EventSourcingHandler
    void on(CardActivationReversed event) {
        state = CardState.AVAILABLE;
    }

    /** Stored before reversals kept cards Redeemed: such a card was Activated again, and may have been redeemed since. */
    @EventSourcingHandler
    void on(CardRedemptionReversed event) {
        state = CardState.ACTIVATED;
    }
}
