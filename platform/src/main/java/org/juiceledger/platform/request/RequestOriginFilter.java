package org.juiceledger.platform.request;

import org.juiceledger.kernel.Metadata;
import org.juiceledger.platform.time.IdSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id (the caller's {@code X-Correlation-Id} when it is sane,
 * otherwise a new one) and a channel, keeps them for the command metadata and the log lines, and
 * echoes the id in the response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestOriginFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    static final String CORRELATION_ATTRIBUTE = RequestOriginFilter.class.getName() + ".correlationId";
    static final String CHANNEL_ATTRIBUTE = RequestOriginFilter.class.getName() + ".channel";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private final IdSource ids;

    RequestOriginFilter(IdSource ids) {
        this.ids = ids;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = correlationIdOf(request);
        request.setAttribute(CORRELATION_ATTRIBUTE, correlationId);
        request.setAttribute(CHANNEL_ATTRIBUTE, Channel.forPath(request.getRequestURI()));
        response.setHeader(HEADER, correlationId);
        MDC.put(Metadata.CORRELATION_ID, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(Metadata.CORRELATION_ID);
        }
    }

    private String correlationIdOf(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        return given != null && SANE_ID.matcher(given).matches() ? given : ids.newId();
    }
}
