package org.juiceledger.query.verification;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Auditors check that every projection follows from the events alone. */
@RestController
@Tag(name = "Audit")
class VerificationController {

    private final ProjectionVerifier verifier;

    VerificationController(ProjectionVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping("/api/audit/verification")
    @PreAuthorize("hasRole('AUDITOR')")
    ProjectionVerifier.Report verify() throws InterruptedException {
        return verifier.verify();
    }
}
