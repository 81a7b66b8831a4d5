package org.juiceledger.command.account.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.account.web.TransactionRequests.AdjustmentRequest;
import org.juiceledger.command.account.web.TransactionRequests.ArrearsRequest;
import org.juiceledger.command.account.web.TransactionRequests.CreditNoteRequest;
import org.juiceledger.command.account.web.TransactionRequests.FreeTokenRequest;
import org.juiceledger.command.account.web.TransactionRequests.ManagementTokenRequest;
import org.juiceledger.command.account.web.TransactionRequests.PurchaseRequest;
import org.juiceledger.command.account.web.TransactionRequests.ReversalRequest;
import org.juiceledger.command.account.web.TransactionRequests.TenderedAmountRequest;
import org.juiceledger.command.account.web.TransactionRequests.TransferRequest;
import org.juiceledger.command.account.web.TransactionRequests.WalletPurchaseRequest;
import org.juiceledger.command.account.web.TransactionRequests.WriteOffRequest;
import org.juiceledger.kernel.account.AdjustBalances;
import org.juiceledger.kernel.account.AdjustmentLine;
import org.juiceledger.kernel.account.DepositToWallet;
import org.juiceledger.kernel.account.PayArrears;
import org.juiceledger.kernel.account.PurchaseEnergy;
import org.juiceledger.kernel.account.PurchaseFromWallet;
import org.juiceledger.kernel.account.ReverseTransaction;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransferBetweenWallets;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.axon.EventTimes;
import org.juiceledger.platform.axon.EventTimes.Timed;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every transaction type of the seed text, as in docs/api.md. Cashiers take payments; supervisors
 * (who may also do all a cashier does) create debt, write it off, give credit and free or
 * management tokens, adjust and reverse. A transaction's {@code date} is the time of its stored
 * event ({@link EventTimes}), the one its receipt and the reports show.
 */
@RestController
@Tag(name = "Transactions")
@ResponseStatus(HttpStatus.CREATED)
class TransactionCommandController {

    private final CommandGateway commands;

    TransactionCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/accounts/{a}/purchases")
    @PreAuthorize("hasRole('CASHIER')")
    TransactionResponse purchase(@PathVariable("a") String account, @Valid @RequestBody PurchaseRequest r) {
        return send(new PurchaseEnergy(account, r.meterNumber(), Money.of(r.amount()), r.tender(),
                r.tendered() == null ? null : Money.of(r.tendered())));
    }

    @PostMapping("/api/accounts/{a}/arrears/payments")
    @PreAuthorize("hasRole('CASHIER')")
    TransactionResponse payArrears(@PathVariable("a") String account, @Valid @RequestBody TenderedAmountRequest r) {
        return send(new PayArrears(account, Money.of(r.amount()), r.tender()));
    }

    @PostMapping("/api/accounts/{a}/wallet/deposits")
    @PreAuthorize("hasRole('CASHIER')")
    TransactionResponse deposit(@PathVariable("a") String account, @Valid @RequestBody TenderedAmountRequest r) {
        return send(new DepositToWallet(account, Money.of(r.amount()), r.tender()));
    }

    @PostMapping("/api/accounts/{a}/wallet/credit-notes")
    @PreAuthorize("hasRole('SUPERVISOR')")
    TransactionResponse creditNote(@PathVariable("a") String account, @Valid @RequestBody CreditNoteRequest r) {
        return send(r.toCommand(account));
    }

    @PostMapping("/api/accounts/{a}/wallet/transfers")
    @PreAuthorize("hasRole('CASHIER')")
    TransactionResponse transfer(@PathVariable("a") String account, @Valid @RequestBody TransferRequest r) {
        return send(new TransferBetweenWallets(account, r.toAccount(), Money.of(r.amount())));
    }

    @PostMapping("/api/accounts/{a}/wallet/purchases")
    @PreAuthorize("hasRole('CASHIER')")
    TransactionResponse walletPurchase(@PathVariable("a") String account, @Valid @RequestBody WalletPurchaseRequest r) {
        return send(new PurchaseFromWallet(account, r.meterNumber(), Money.of(r.amount())));
    }

    @PostMapping("/api/accounts/{a}/arrears")
    @PreAuthorize("hasRole('SUPERVISOR')")
    TransactionResponse arrears(@PathVariable("a") String account, @Valid @RequestBody ArrearsRequest r) {
        return send(r.toCommand(account));
    }

    @PostMapping("/api/accounts/{a}/arrears/write-offs")
    @PreAuthorize("hasRole('SUPERVISOR')")
    TransactionResponse writeOff(@PathVariable("a") String account, @Valid @RequestBody WriteOffRequest r) {
        return send(r.toCommand(account));
    }

    @PostMapping("/api/accounts/{a}/free-tokens")
    @PreAuthorize("hasRole('SUPERVISOR')")
    TransactionResponse freeToken(@PathVariable("a") String account, @Valid @RequestBody FreeTokenRequest r) {
        return send(r.toCommand(account));
    }

    @PostMapping("/api/accounts/{a}/management-tokens")
    @PreAuthorize("hasRole('SUPERVISOR')")
    TransactionResponse managementToken(@PathVariable("a") String account, @Valid @RequestBody ManagementTokenRequest r) {
        return send(r.toCommand(account));
    }

    @PostMapping("/api/adjustments")
    @PreAuthorize("hasRole('SUPERVISOR')")
    TransactionResponse adjust(@Valid @RequestBody AdjustmentRequest r) {
        return send(new AdjustBalances(r.reason(), r.lines().stream()
                .map(l -> new AdjustmentLine(l.accountNumber(), l.target(), Money.of(l.amount()))).toList()));
    }

    @PostMapping("/api/transactions/{number}/reversal")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Object reverse(@PathVariable long number, @Valid @RequestBody ReversalRequest r) {
        Timed<Object> reversal = EventTimes.sendAndWait(commands,
                new ReverseTransaction(number, r.reason(), r.creditAccount()));
        if (reversal.result() instanceof TransactionRecorded mirror) {
            return TransactionResponse.of(mirror, reversal.at(), CurrentRequestOrigin.currentUser());
        }
        return reversal.result();
    }

    private TransactionResponse send(Object command) {
        Timed<TransactionRecorded> recorded = EventTimes.sendAndWait(commands, command);
        return TransactionResponse.of(recorded.result(), recorded.at(), CurrentRequestOrigin.currentUser());
    }
}
