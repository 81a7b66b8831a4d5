package org.juiceledger.command.tariff;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.tariff.PublishTariff;
import org.juiceledger.kernel.tariff.TariffPublished;
import org.juiceledger.kernel.tariff.TariffTerms;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A tariff and its versions. Publishing again adds a version; earlier versions stay in the
 * history, and a new version may not take effect before the one it follows.
 */
@Aggregate
public class Tariff {

    @AggregateIdentifier
    private String tariffId;
    private int version;
    private LocalDate effectiveFrom;
    private TariffPrice price;

    protected Tariff() {
    }

    /** Returns the version number the tariff now has. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublishTariff command) {
        String id = TariffTerms.tariffId(command.tariffId());
        if (command.effectiveFrom() == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "effectiveFrom is required");
        }
        if (effectiveFrom != null && command.effectiveFrom().isBefore(effectiveFrom)) {
            throw new DomainException(ErrorCode.TARIFF_VERSION_OUTDATED,
                    "Version " + version + " takes effect on " + effectiveFrom
                            + "; a new version cannot take effect before that.");
        }
        apply(new TariffPublished(id, version + 1, TariffTerms.name(command.name()),
                TariffTerms.pricePerKwh(command.pricePerKwh()), TariffTerms.taxPercent(command.taxPercent()),
                command.effectiveFrom()));
        return version;
    }

    @EventSourcingHandler
    void on(TariffPublished event) {
        tariffId = event.tariffId();
        version = event.version();
        effectiveFrom = event.effectiveFrom();
        price = new TariffPrice(event.pricePerKwh(), event.taxPercent());
    }

    /** The terms of the newest version, which sales use. */
    public TariffPrice price() {
        return price;
    }
}
