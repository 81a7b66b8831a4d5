package org.juiceledger.command.tariff.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.kernel.tariff.PublishTariff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@Tag(name = "Tariffs")
class TariffCommandController {

    private final CommandGateway commands;
    private final Clock clock;

    TariffCommandController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/tariffs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    PublishedTariff publish(@Valid @RequestBody PublishTariffRequest request) {
        LocalDate effectiveFrom = request.effectiveFrom() == null ? LocalDate.now(clock) : request.effectiveFrom();
        int version = commands.sendAndWait(new PublishTariff(request.tariffId(), request.name(),
                request.pricePerKwh(), request.taxPercent(), effectiveFrom));
        return new PublishedTariff(request.tariffId(), version, effectiveFrom);
    }

    record PublishedTariff(String tariffId, int version, LocalDate effectiveFrom) {
    }
}
