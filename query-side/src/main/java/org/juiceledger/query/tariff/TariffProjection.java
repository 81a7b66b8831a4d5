package org.juiceledger.query.tariff;

import org.juiceledger.kernel.Metadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.juiceledger.kernel.tariff.TariffPublished;
import org.juiceledger.query.projection.ProjectionNames;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps every tariff version; the newest one of each tariff is marked current. */
@Component
@ProcessingGroup(TariffProjection.GROUP)
class TariffProjection {

    static final String GROUP = ProjectionNames.TARIFFS;

    private final TariffVersionRepository versions;

    TariffProjection(TariffVersionRepository versions) {
        this.versions = versions;
    }

    @EventHandler
    void on(TariffPublished event, @Timestamp Instant publishedAt, @MetaDataValue(Metadata.WHO) String who) {
        versions.findByTariffIdAndCurrentVersionTrue(event.tariffId()).ifPresent(TariffVersionView::supersede);
        versions.save(new TariffVersionView(event, publishedAt, who == null ? "unknown" : who));
    }

    @ResetHandler
    void reset() {
        versions.deleteAllInBatch();
    }
}
