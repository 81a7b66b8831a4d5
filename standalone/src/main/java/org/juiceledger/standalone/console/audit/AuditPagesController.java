package org.juiceledger.standalone.console.audit;

import org.juiceledger.query.audit.AuditHistory;
import org.juiceledger.query.audit.HashChain;
import org.juiceledger.query.audit.PersonalDataMask;
import org.juiceledger.query.replay.ProjectionReplay;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The event history as {@code GET /api/audit/events} reads it (personal data masked unless the user
 * is also a supervisor or admin), the chain check of {@code POST /api/audit/chain-verification}, and
 * the projections' state of {@code GET /api/admin/replay}.
 */
@Controller
class AuditPagesController {

    static final int PAGE_SIZE = 50;
    private final AuditHistory history;
    private final HashChain chain;
    private final ProjectionReplay replay;

    AuditPagesController(AuditHistory history, HashChain chain, ProjectionReplay replay) {
        this.history = history;
        this.chain = chain;
        this.replay = replay;
    }

    @GetMapping("/console/audit/events")
    String events(@RequestParam(required = false) String aggregateId, @RequestParam(required = false) Long after,
                  Authentication who, Model model) {
        boolean personalData = PersonalDataMask.mayView(who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        String aggregate = aggregateId == null || aggregateId.isBlank() ? null : aggregateId.strip();
        AuditHistory.Page page = aggregate != null
                ? history.ofAggregate(aggregate, after == null ? -1 : after, PAGE_SIZE, personalData)
                : history.ofStream(after == null ? history.origin() : after, PAGE_SIZE, personalData);
        model.addAttribute("aggregateId", aggregate == null ? "" : aggregate);
        model.addAttribute("page", page);
        model.addAttribute("masked", !personalData);
        return "console/audit-events";
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
