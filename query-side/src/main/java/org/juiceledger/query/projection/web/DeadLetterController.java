package org.juiceledger.query.projection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.juiceledger.query.projection.DeadLetterView;
import org.juiceledger.query.projection.DeadLetters;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * Events a projection could not project: admins and auditors list them (personal data masked), admins
 * retry them once the cause is fixed, or evict one that must be given up.
 */
@RestController
@Tag(name = "Replay")
class DeadLetterController {

    static final int LIMIT_MAX = 1000;
    private static final String PATH = "/api/admin/dead-letters";

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "Dead letters of every projection (or one), sequence by sequence")
    List<DeadLetterView> list(@RequestParam(required = false) @Size(min = 1, max = 100) String projection,
                              @RequestParam(defaultValue = "100") @Min(1) @Max(LIMIT_MAX) int limit) {
        return deadLetters.list(Optional.ofNullable(projection), limit);
    }

    @PostMapping(PATH + "/{projection}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Project a projection's dead letters again, each sequence in order until one fails again")
    DeadLetters.RetryOutcome retry(@PathVariable String projection) {
        return deadLetters.retry(projection);
    }

    @DeleteMapping(PATH + "/{projection}/{eventId}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give up one dead letter: the projection misses that event until a replay")
    void evict(@PathVariable String projection, @PathVariable String eventId, Authentication caller) {
        deadLetters.evict(projection, eventId, caller.getName());
    }
}
