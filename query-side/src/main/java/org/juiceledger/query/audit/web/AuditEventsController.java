package org.juiceledger.query.audit.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.audit.AuditHistory;
import org.juiceledger.query.audit.EventFilter;
import org.juiceledger.query.audit.PersonalDataMask;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The event history for auditors: one aggregate's events ({@code aggregateId}, {@code afterSequence})
 * or the global stream ({@code afterPosition}), optionally filtered by type, who, channel, correlation id
 * and time ({@link EventFilter}); as a JSON page, or as NDJSON written while it is read.
 */
@RestController
@Tag(name = "Audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditEventsController {

    static final int LIMIT_MAX = 1000;
    private static final String PATH = "/api/audit/events";

    private final AuditHistory history;
    private final EventsNdjson ndjson;

    AuditEventsController(AuditHistory history, EventsNdjson ndjson) {
        this.history = history;
        this.ndjson = ndjson;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    AuditHistory.Page events(@RequestParam(required = false) @Size(min = 1, max = 255) String aggregateId,
                             @RequestParam(required = false) @Min(-1) Long afterSequence,
                             @RequestParam(required = false) @Min(-1) Long afterPosition,
                             @RequestParam(defaultValue = "100") @Min(1) @Max(LIMIT_MAX) int limit,
                             @Valid Filter filter) {
        long after = after(aggregateId, afterSequence, afterPosition);
        boolean personalData = callerMayViewPersonalData();
        return aggregateId != null
                ? history.ofAggregate(aggregateId, after, limit, personalData, filter.toFilter())
                : history.ofStream(after, limit, personalData, filter.toFilter());
    }

    /** The same events, one JSON object a line, written to the client page by page as they are read. */
    @GetMapping(value = PATH, produces = MediaType.APPLICATION_NDJSON_VALUE)
    void export(@RequestParam(required = false) @Size(min = 1, max = 255) String aggregateId,
                @RequestParam(required = false) @Min(-1) Long afterSequence,
                @RequestParam(required = false) @Min(-1) Long afterPosition,
                @RequestParam(defaultValue = "100000") @Min(1) @Max(EventsNdjson.LIMIT_MAX) int limit,
                @Valid Filter filter, HttpServletResponse response) throws IOException {
        long after = after(aggregateId, afterSequence, afterPosition);
        ndjson.write(aggregateId, after, limit, callerMayViewPersonalData(), filter.toFilter(), response);
    }

    /**
     * The filter parameters: {@code type} (simple or full class name), {@code who}, {@code channel},
     * {@code correlationId} (exact), {@code from} (included) and {@code to} (not), ISO-8601 instants.
     */
    record Filter(@Size(max = 255) String type, @Size(max = 64) String who, @Size(max = 16) String channel,
                  @Size(max = 255) String correlationId,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        EventFilter toFilter() {
            return new EventFilter(type, who, channel, correlationId, from, to);
        }
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
