package org.juiceledger.query.audit.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.audit.ChainLink;
import org.juiceledger.query.audit.ChainVerification;
import org.juiceledger.query.audit.HashChain;
import org.juiceledger.query.audit.LinkRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tamper-evidence chain: its head (or the link at a position), to write down as an anchor, and
 * a verification that recomputes it from the stored events.
 */
@RestController
@Tag(name = "Audit")
@PreAuthorize("hasRole('AUDITOR')")
class HashChainController {

    private final HashChain chain;

    HashChainController(HashChain chain) {
        this.chain = chain;
    }

    /**
     * The newest link (the position before the first event, 0 or with Axon Server -1, and the genesis
     * hash while nothing is linked), or the link at a position.
     */
    @GetMapping("/api/audit/chain")
    Link link(@RequestParam(required = false) @Min(0) Long position) {
        if (position == null) {
            return chain.head().map(Link::of).orElse(new Link(chain.origin(), null, ChainLink.GENESIS_HEX, null));
        }
        return chain.at(position).map(Link::of).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND,
                "No event is linked at position " + position + " (not linked yet, or a gap)."));
    }

    @PostMapping("/api/audit/chain-verification")
    ChainVerification verify() {
        return chain.verify();
    }

    record Link(long position, String eventId, String linkHash, String previousHash) {
        static Link of(LinkRow row) {
            return new Link(row.position(), row.eventId(), row.linkHash(), row.previousHash());
        }
    }
}
