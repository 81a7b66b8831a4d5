package org.juiceledger.query.receipt;

import org.juiceledger.platform.receipt.UtilitySettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.receipt.Receipt;
import org.juiceledger.platform.receipt.ReceiptHtml;
import org.juiceledger.platform.receipt.ReceiptPdf;
import org.juiceledger.query.account.AccountView;
import org.juiceledger.query.account.AccountViewRepository;
import org.juiceledger.query.account.TransactionView;
import org.juiceledger.query.account.TransactionViewRepository;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.query.support.ReadsProjections;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * The printable receipt of a transaction: HTML by default, PDF on {@code Accept: application/pdf}.
 * For a transaction on several accounts (a wallet transfer) it is the first account's side, as
 * {@code GET /api/transactions/{n}} shows it.
 */
@RestController
@ReadsProjections(ProjectionNames.ACCOUNTS)
@Tag(name = "Transactions")
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('CASHIER', 'FINANCE', 'AUDITOR', 'ADMIN')")
class ReceiptController {

    private final TransactionViewRepository transactions;
    private final AccountViewRepository accounts;
    private final String utilityName;
    private final ZoneId zone;

    ReceiptController(TransactionViewRepository transactions, AccountViewRepository accounts, UtilitySettings utility) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.utilityName = utility.name();
        this.zone = utility.timeZone();
    }

    @GetMapping("/api/transactions/{number}/receipt")
    @Operation(summary = "The printable receipt of a transaction (text/html, or application/pdf on Accept)")
    ResponseEntity<byte[]> receipt(@PathVariable long number,
                                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        ReceiptFormat format = ReceiptFormat.forAccept(accept);
        TransactionView view = transactions.findByTransactionNumberOrderByAccountNumber(number).stream().findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.TRANSACTION_NOT_FOUND, "No transaction " + number + "."));
        Receipt receipt = receiptOf(view, accounts.findById(view.getAccountNumber()).map(AccountView::getName).orElse(null));
        if (format == ReceiptFormat.PDF) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("receipt-" + number + ".pdf").build().toString())
                    .body(ReceiptPdf.render(receipt));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(ReceiptHtml.render(receipt).getBytes(StandardCharsets.UTF_8));
    }

    Receipt receiptOf(TransactionView v, String customerName) {
        BigDecimal change = v.getChangeGiven() == null || v.getChangeGiven().signum() == 0 ? null : v.getChangeGiven();
        return new Receipt(utilityName, zone, v.getTransactionNumber(), v.getRecordedAt(), v.getType(), v.getStatus(),
                v.getAccountNumber(), customerName, v.getMeterNumber(), v.getToken(), v.getUnits(), v.getUnitType(),
                v.getArrearsAmount(), v.getTotal(), v.getAmount(), v.getTender(), v.getTendered(), change,
                v.getCashier(), v.getReversedBy(), v.getReversalOf(), v.getNote());
    }
}
