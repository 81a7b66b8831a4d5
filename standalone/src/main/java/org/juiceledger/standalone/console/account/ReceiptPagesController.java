package org.juiceledger.standalone.console.account;

import org.juiceledger.platform.receipt.UtilitySettings;
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
import org.juiceledger.standalone.console.support.ConsoleReads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * Print: the receipt of {@code GET /api/transactions/{n}/receipt}, drawn by the same renderers from
 * the same projection row, as HTML or PDF.
 */
@Controller
class ReceiptPagesController {

    private final ConsoleReads reads;
    private final TransactionViewRepository transactions;
    private final AccountViewRepository accounts;
    private final String utilityName;
    private final ZoneId zone;

    ReceiptPagesController(ConsoleReads reads, TransactionViewRepository transactions, AccountViewRepository accounts,
                           UtilitySettings utility) {
        this.reads = reads;
        this.transactions = transactions;
        this.accounts = accounts;
        this.utilityName = utility.name();
        this.zone = utility.timeZone();
    }

    /** The receipt is self-contained with an inline style sheet and no script: allow that style, nothing else. */
    private static final String RECEIPT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'";

    @GetMapping("/console/transactions/{n}/receipt")
    ResponseEntity<byte[]> html(@PathVariable("n") long number) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", RECEIPT_POLICY)
                .body(ReceiptHtml.render(receipt(number)).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/console/transactions/{n}/receipt.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("n") long number) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("receipt-" + number + ".pdf").build().toString())
                .body(ReceiptPdf.render(receipt(number)));
    }

    private Receipt receipt(long number) {
        reads.await(ProjectionNames.ACCOUNTS);
        TransactionView v = transactions.findByTransactionNumberOrderByAccountNumber(number).stream().findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.TRANSACTION_NOT_FOUND, "No transaction " + number + "."));
        String customer = accounts.findById(v.getAccountNumber()).map(AccountView::getName).orElse(null);
        BigDecimal change = v.getChangeGiven() == null || v.getChangeGiven().signum() == 0 ? null : v.getChangeGiven();
        return new Receipt(utilityName, zone, v.getTransactionNumber(), v.getRecordedAt(), v.getType(), v.getStatus(),
                v.getAccountNumber(), customer, v.getMeterNumber(), v.getToken(), v.getUnits(), v.getUnitType(),
                v.getArrearsAmount(), v.getTotal(), v.getAmount(), v.getTender(), v.getTendered(), change,
                v.getCashier(), v.getReversedBy(), v.getReversalOf(), v.getNote());
    }
}
