package org.juiceledger.query.tariff.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.query.support.ReadsProjections;
import org.juiceledger.query.tariff.TariffVersionRepository;
import org.juiceledger.query.tariff.TariffVersionView;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@ReadsProjections(ProjectionNames.TARIFFS)
@Tag(name = "Tariffs")
@Transactional(readOnly = true)
class TariffQueryController {

    private final TariffVersionRepository versions;

    TariffQueryController(TariffVersionRepository versions) {
        this.versions = versions;
    }

    @GetMapping("/api/tariffs")
    List<TariffVersion> current() {
        return versions.findByCurrentVersionTrueOrderByTariffId().stream().map(TariffVersion::of).toList();
    }

    @GetMapping("/api/tariffs/{tariffId}")
    TariffWithHistory one(@PathVariable String tariffId) {
        List<TariffVersionView> history = versions.findByTariffIdOrderByVersionDesc(tariffId);
        if (history.isEmpty()) {
            throw new DomainException(ErrorCode.TARIFF_NOT_FOUND, "No tariff has this id.");
        }
        return TariffWithHistory.of(history);
    }
}
