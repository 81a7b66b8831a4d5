package org.juiceledger.query.verification;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;

/**
 * Auditors check that every projection follows from the events alone: a run starts with a POST
 * (202 and the status resource's location) and is polled until it is DONE or FAILED.
 */
@RestController
@Tag(name = "Audit")
class VerificationController {

    static final String PATH = "/api/audit/verification";
    private final VerificationRuns runs;
    private final Duration answerWithin;

    VerificationController(VerificationRuns runs, VerificationProperties properties) {
        this.runs = runs;
        this.answerWithin = properties.answerWithin();
    }

    @PostMapping(PATH)
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<VerificationStatus> start(Principal principal) throws InterruptedException {
        VerificationStatus status = runs.start(principal.getName(), answerWithin);
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + status.id())).body(status);
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize("hasRole('AUDITOR')")
    VerificationStatus status(@PathVariable String id) {
        return runs.required(id);
    }

    /** The newest run on this node. */
    @GetMapping(PATH)
    @PreAuthorize("hasRole('AUDITOR')")
    VerificationStatus latest() {
        return runs.latest().orElseThrow(() -> new DomainException(ErrorCode.VERIFICATION_NOT_FOUND,
                "No verification has run on this node"));
    }
}
