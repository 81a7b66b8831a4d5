package org.juiceledger.standalone.console.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.query.audit.AuditHistory;
import org.juiceledger.query.audit.EventFilter;
import org.juiceledger.query.audit.PersonalDataMask;
import org.juiceledger.query.audit.web.EventsNdjson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;

/**
 * The event history as {@code GET /api/audit/events} reads it, through the same {@link AuditHistory}
 * methods: one aggregate or the stream, filtered by type, who, channel, correlation id and time,
 * personal data masked unless the user is also a supervisor or admin; 50 at a time, and the NDJSON
 * export of the same search written by the API's own {@link EventsNdjson}.
 */
@Controller
class EventHistoryController {

    private final AuditHistory history;
    private final EventsNdjson ndjson;

    EventHistoryController(AuditHistory history, EventsNdjson ndjson) {
        this.history = history;
        this.ndjson = ndjson;
    }

    @GetMapping("/console/audit/events")
    String events(@ModelAttribute("q") EventsQuery q, @RequestParam(required = false) Long after, Authentication who,
                  Model model) {
        boolean personalData = mayViewPersonalData(who);
        EventFilter filter = q.filter();
        String aggregate = q.aggregate();
        AuditHistory.Page page = aggregate != null
                ? history.ofAggregate(aggregate, after == null ? -1 : after, AuditPagesController.PAGE_SIZE, personalData, filter)
                : history.ofStream(after == null ? history.origin() : after, AuditPagesController.PAGE_SIZE, personalData, filter);
        model.addAttribute("page", page);
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("masked", !personalData);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("exportQuery", q.query(after));
        boolean more = page.nextAfter() != null && (!filter.isEmpty() || page.events().size() >= AuditPagesController.PAGE_SIZE);
        model.addAttribute("nextQuery", more ? q.query(page.nextAfter()) : null);
        return "console/audit-events";
    }

    /** The same search as NDJSON, every matching event after {@code after} (at most {@value EventsNdjson#LIMIT_MAX}). */
    @GetMapping("/console/audit/events.ndjson")
    void export(@ModelAttribute("q") EventsQuery q, @RequestParam(required = false) Long after, Authentication who,
                HttpServletResponse response) throws IOException {
        String aggregate = q.aggregate();
        long start = after != null ? after : aggregate != null ? -1 : history.origin();
        EventFilter filter = q.filter();
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("events.ndjson").build().toString());
        ndjson.write(aggregate, start, EventsNdjson.LIMIT_MAX, mayViewPersonalData(who), filter, response);
    }

    private static boolean mayViewPersonalData(Authentication who) {
        return PersonalDataMask.mayView(who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
