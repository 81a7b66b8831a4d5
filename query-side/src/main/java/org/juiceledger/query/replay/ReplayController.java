package org.juiceledger.query.replay;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Admins rebuild every projection; admins, auditors and finance watch the progress. */
@RestController
@Tag(name = "Replay")
class ReplayController {

    private final ProjectionReplay replay;

    ReplayController(ProjectionReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/api/admin/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, List<String>> replay() {
        return Map.of("replaying", replay.replayAll());
    }

    @GetMapping("/api/admin/replay")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'FINANCE')")
    ProjectionReplay.Status status() {
        return replay.status();
    }
}
