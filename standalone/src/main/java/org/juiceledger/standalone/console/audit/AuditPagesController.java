package org.juiceledger.standalone.console.audit;

import org.juiceledger.query.audit.HashChain;
import org.juiceledger.query.replay.ProjectionReplay;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The chain check of {@code POST /api/audit/chain-verification} and the projections' state of
 * {@code GET /api/admin/replay}; the event history is {@link EventHistoryController}.
 */
@Controller
class AuditPagesController {

    static final int PAGE_SIZE = 50;
    private final HashChain chain;
    private final ProjectionReplay replay;

    AuditPagesController(HashChain chain, ProjectionReplay replay) {
        this.chain = chain;
        this.replay = replay;
    }

    @GetMapping("/console/audit/chain")
    String chain(Model model) {
        model.addAttribute("head", chain.head().orElse(null));
        return "console/audit-chain";
    }

    @PostMapping("/console/audit/chain")
    String verifyChain(Model model) {
        model.addAttribute("verification", chain.verify());
        return chain(model);
    }

    @GetMapping("/console/audit/projections")
    String projections(Model model) {
        model.addAttribute("status", replay.status());
        return "console/audit-projections";
    }
}
