package org.juiceledger.query.audit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.audit.AuditHistory;
import org.juiceledger.query.audit.PersonalDataMask;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The event history for auditors: one aggregate's events ({@code aggregateId}, {@code afterSequence})
 * or the global stream ({@code afterPosition}); as a JSON page, or as NDJSON written while it is read.
 */
@RestController
@Tag(name = "Audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditEventsController {

    static final int LIMIT_MAX = 1000;
    static final int EXPORT_LIMIT_MAX = 100_000;
    private static final String PATH = "/api/audit/events";

    private final AuditHistory history;
    private final ObjectMapper json;

    AuditEventsController(AuditHistory history, ObjectMapper json) {
        this.history = history;
        this.json = json;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    AuditHistory.Page events(@RequestParam(required = false) @Size(min = 1, max = 255) String aggregateId,
                             @RequestParam(required = false) @Min(-1) Long afterSequence,
                             @RequestParam(required = false) @Min(-1) Long afterPosition,
                             @RequestParam(defaultValue = "100") @Min(1) @Max(LIMIT_MAX) int limit) {
        long after = after(aggregateId, afterSequence, afterPosition);
        boolean personalData = callerMayViewPersonalData();
        return aggregateId != null
                ? history.ofAggregate(aggregateId, after, limit, personalData)
                : history.ofStream(after, limit, personalData);
    }

    /** The same events, one JSON object a line, written to the client page by page as they are read. */
    @GetMapping(value = PATH, produces = MediaType.APPLICATION_NDJSON_VALUE)
    void export(@RequestParam(required = false) @Size(min = 1, max = 255) String aggregateId,
                @RequestParam(required = false) @Min(-1) Long afterSequence,
                @RequestParam(required = false) @Min(-1) Long afterPosition,
                @RequestParam(defaultValue = "100000") @Min(1) @Max(EXPORT_LIMIT_MAX) int limit,
                HttpServletResponse response) throws IOException {
        long after = after(aggregateId, afterSequence, afterPosition);
        boolean personalData = callerMayViewPersonalData();
        if (aggregateId != null) {
            history.requireAggregate(aggregateId);
        }
        response.setContentType(MediaType.APPLICATION_NDJSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream out = response.getOutputStream();
        AuditHistory.Sink line = event -> {
            out.write(json.writeValueAsBytes(event));
            out.write('\n');
        };
        if (aggregateId != null) {
            history.exportAggregate(aggregateId, after, limit, personalData, line);
        } else {
            history.exportStream(after, limit, personalData, line);
        }
        out.flush();
    }

    /** Where the page starts: after a sequence of one aggregate, or after a position of the stream. */
    private long after(String aggregateId, Long afterSequence, Long afterPosition) {
        if (aggregateId != null && afterPosition != null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "afterPosition pages the global stream; with aggregateId use afterSequence.");
        }
        if (aggregateId == null && afterSequence != null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "afterSequence needs an aggregateId.");
        }
        if (aggregateId != null) {
            return afterSequence == null ? -1 : afterSequence;
        }
        return afterPosition == null ? history.origin() : afterPosition;
    }

    private static boolean callerMayViewPersonalData() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        List<String> authorities = caller == null ? List.of()
                : caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return PersonalDataMask.mayView(authorities);
    }
}
