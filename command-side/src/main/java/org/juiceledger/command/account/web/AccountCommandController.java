package org.juiceledger.command.account.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.account.web.AccountRequests.OpenAccountRequest;
import org.juiceledger.command.account.web.AccountRequests.RegisterMeterRequest;
import org.juiceledger.kernel.account.OpenAccount;
import org.juiceledger.kernel.account.RegisterMeter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@Tag(name = "Accounts")
@PreAuthorize("hasAnyRole('CASHIER', 'ADMIN')")
class AccountCommandController {

    private final CommandGateway commands;

    AccountCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> open(@Valid @RequestBody OpenAccountRequest request) {
        String accountNumber = commands.sendAndWait(new OpenAccount(request.accountNumber(), request.name().strip(),
                request.phone(), request.email(), request.tariffId()));
        return Map.of("accountNumber", accountNumber);
    }

    @PostMapping("/api/accounts/{accountNumber}/meters")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> registerMeter(@PathVariable String accountNumber, @Valid @RequestBody RegisterMeterRequest request) {
        commands.sendAndWait(new RegisterMeter(accountNumber, request.meterNumber(), request.kind(),
                request.sts() == null ? null : request.sts().toProfile()));
        return Map.of("accountNumber", accountNumber, "meterNumber", request.meterNumber(), "kind", request.kind().name());
    }
}
