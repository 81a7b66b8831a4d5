package org.juiceledger.standalone.console.card;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.juiceledger.command.card.DownloadPrintFile;
import org.juiceledger.command.card.GenerationResult;
import org.juiceledger.command.card.PrintFile;
import org.juiceledger.command.card.PrintFileStatus;
import org.juiceledger.command.card.web.CardRequests.GenerateBatchRequest;
import org.juiceledger.command.card.web.PrintFileDownload;
import org.juiceledger.kernel.card.PinAlphabet;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.axon.ThisNodeCommands;
import org.juiceledger.platform.time.IdSource;
import org.juiceledger.query.card.CardViewRepository;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.standalone.console.finance.CardInventory;
import org.juiceledger.standalone.console.support.ConsoleForms;
import org.juiceledger.standalone.console.support.ConsoleReads;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The card administrator's desk: generate a batch ({@code POST /api/card-batches}, with a printer's
 * OpenPGP key if wanted), download its print file once ({@code GET /api/card-batches/{id}/print-file},
 * here a form so that nothing fetches it by accident), and the batches with their cards by state.
 */
@Controller
class CardBatchesController {

    private static final String PAGE = "console/card-batches";
    private final CommandGateway commands;
    private final ThisNodeCommands thisNode;
    private final ConsoleReads reads;
    private final CardViewRepository cards;
    private final PrintFileStatus printFiles;
    private final IdSource ids;

    CardBatchesController(CommandGateway commands, ThisNodeCommands thisNode, ConsoleReads reads, CardViewRepository cards,
                          PrintFileStatus printFiles, IdSource ids) {
        this.commands = commands;
        this.ids = ids;
        this.thisNode = thisNode;
        this.reads = reads;
        this.cards = cards;
        this.printFiles = printFiles;
    }

    /** An empty field is a field left out, as in the API's JSON (no batch id: one is made up; no key: plain CSV). */
    @InitBinder("generate")
    void emptyIsLeftOut(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/console/card-batches")
    String batches(Model model) {
        if (!model.containsAttribute("generate")) {
            model.addAttribute("generate", new GenerateBatchRequest(null, 100, new BigDecimal("50.00"), 16,
                    PinAlphabet.NUMERIC, null));
        }
        model.addAttribute("alphabets", PinAlphabet.values());
        model.addAttribute("stale", reads.await(ProjectionNames.CARDS));
        model.addAttribute("states", CardInventory.STATES);
        model.addAttribute("batches", rows(printFiles.waitingForDownload()));
        return PAGE;
    }

    @PostMapping("/console/card-batches")
    String generate(@Valid @ModelAttribute("generate") GenerateBatchRequest generate, BindingResult errors, Model model,
                    HttpServletResponse response) {
        ConsoleForms.submit(errors, () -> commands.<GenerationResult>sendAndWait(generate.toCommand(ids)), "generate", model,
                        response)
                .ifPresent(generated -> model.addAttribute("generated", generated));
        return batches(model);
    }

    /** The plaintext PINs, once: afterwards the batch's row says the file is gone, and this answers 410 PRINT_FILE_GONE. */
    @PostMapping("/console/card-batches/{batchId}/print-file")
    ResponseEntity<StreamingResponseBody> printFile(@PathVariable String batchId) {
        if (!batchId.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "batchId must be a batch id.");
        }
        PrintFile file = thisNode.sendAndWait(new DownloadPrintFile(batchId));
        return PrintFileDownload.of(batchId, file);
    }

    private List<BatchRow> rows(Set<String> waiting) {
        Map<String, BatchRow> byBatch = new LinkedHashMap<>();
        for (Object[] r : cards.batches()) {
            String batchId = (String) r[0];
            BatchRow row = byBatch.computeIfAbsent(batchId, id -> new BatchRow(id, (BigDecimal) r[1], waiting.contains(id)));
            row.add((String) r[2], ((Number) r[3]).longValue(), (String) r[4], (String) r[5]);
        }
        List<BatchRow> rows = new ArrayList<>(byBatch.values());
        rows.sort(Comparator.comparing(BatchRow::firstSerial).reversed());
        return rows;
    }

    /** One batch: its cards by state, its serial range, and whether its print file waits for its download. */
    static final class BatchRow {
        private final String batchId;
        private final BigDecimal denomination;
        private final boolean printFileWaiting;
        private final Map<String, Long> byState = new LinkedHashMap<>();
        private String firstSerial;
        private String lastSerial;
        private long quantity;

        BatchRow(String batchId, BigDecimal denomination, boolean printFileWaiting) {
            this.batchId = batchId;
            this.denomination = denomination;
            this.printFileWaiting = printFileWaiting;
            CardInventory.STATES.forEach(state -> byState.put(state, 0L));
        }

        void add(String state, long count, String first, String last) {
            byState.merge(state, count, Long::sum);
            quantity += count;
            firstSerial = firstSerial == null || first.compareTo(firstSerial) < 0 ? first : firstSerial;
            lastSerial = lastSerial == null || last.compareTo(lastSerial) > 0 ? last : lastSerial;
        }

        public String batchId() {
            return batchId;
        }

        public BigDecimal denomination() {
            return denomination;
        }

        public boolean printFileWaiting() {
            return printFileWaiting;
        }

        public long count(String state) {
            return byState.getOrDefault(state, 0L);
        }

        public String firstSerial() {
            return firstSerial;
        }

        public String lastSerial() {
            return lastSerial;
        }

        public long quantity() {
            return quantity;
        }
    }
}
