package org.juiceledger.command.card.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.card.ActivationResult;
import org.juiceledger.command.card.DownloadPrintFile;
import org.juiceledger.command.card.GenerationResult;
import org.juiceledger.command.card.PrintFile;
import org.juiceledger.command.card.web.CardRequests.ActivateRequest;
import org.juiceledger.command.card.web.CardRequests.CustodyRequest;
import org.juiceledger.command.card.web.CardRequests.GenerateBatchRequest;
import org.juiceledger.command.card.web.CardRequests.RangeRequest;
import org.juiceledger.command.card.web.CardRequests.VoidRequest;
import org.juiceledger.kernel.card.ActivateCardBatch;
import org.juiceledger.kernel.card.CardRangeReport;
import org.juiceledger.kernel.card.VerifyCardRange;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.axon.ThisNodeCommands;
import org.juiceledger.platform.time.IdSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.Map;

/** The Juice Card life cycle over REST: batches and their print file, custody, verify, activate, void. */
@RestController
@Tag(name = "Juice Cards")
class CardCommandController {

    private final CommandGateway commands;
    private final ThisNodeCommands thisNode;
    private final IdSource ids;

    CardCommandController(CommandGateway commands, ThisNodeCommands thisNode, IdSource ids) {
        this.commands = commands;
        this.ids = ids;
        this.thisNode = thisNode;
    }

    @PostMapping("/api/card-batches")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CARD_ADMIN')")
    GenerationResult generate(@Valid @RequestBody GenerateBatchRequest r) {
        return commands.sendAndWait(r.toCommand(ids));
    }

    /** The plaintext PINs, once; the download itself is an event. */
    @GetMapping("/api/card-batches/{batchId}/print-file")
    @PreAuthorize("hasRole('CARD_ADMIN')")
    ResponseEntity<StreamingResponseBody> printFile(@PathVariable String batchId) {
        PrintFile file = thisNode.sendAndWait(new DownloadPrintFile(batchId));
        return PrintFileDownload.of(batchId, file);
    }

    @PostMapping("/api/cards/custody")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Map<String, String> issue(@Valid @RequestBody CustodyRequest r) {
        commands.sendAndWait(r.toCommand());
        return Map.of("custodian", r.cashier());
    }

    @PostMapping("/api/cards/custody/returns")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Map<String, String> takeBack(@Valid @RequestBody RangeRequest r) {
        commands.sendAndWait(r.toReturn());
        return Map.of("custodian", "stock");
    }

    @PostMapping("/api/cards/verify")
    @PreAuthorize("hasRole('CASHIER')")
    CardRangeReport verify(@Valid @RequestBody RangeRequest r) {
        return commands.sendAndWait(new VerifyCardRange(r.firstSerial(), r.lastSerial()));
    }

    @PostMapping("/api/cards/activate")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CASHIER')")
    ActivationResult activate(@Valid @RequestBody ActivateRequest r, Authentication who) {
        boolean supervisor = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_SUPERVISOR"));
        return commands.sendAndWait(new ActivateCardBatch(r.firstSerial(), r.lastSerial(), r.customer(), r.tender(),
                Money.of(r.expectedTotal()), supervisor));
    }

    @PostMapping("/api/cards/{serial}/void")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'CARD_ADMIN')")
    Map<String, String> voidCard(@PathVariable String serial, @Valid @RequestBody VoidRequest r) {
        commands.sendAndWait(r.toCommand(serial));
        return Map.of("serial", serial, "state", "VOID");
    }
}
