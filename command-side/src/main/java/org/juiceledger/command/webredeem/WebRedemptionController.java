package org.juiceledger.command.webredeem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.juiceledger.command.webredeem.WebRedemptions.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code GET /redeem}: the form; {@code POST /redeem} (form-encoded {@code meterNumber}, {@code pin},
 * {@code formToken}): the result page. Public (no login); HTML only, whatever happens.
 */
@Controller
@Hidden
class WebRedemptionController {

    private static final Logger log = LoggerFactory.getLogger(WebRedemptionController.class);
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final WebRedemptions redemptions;
    private final FormTokens tokens;

    WebRedemptionController(WebRedemptions redemptions, FormTokens tokens) {
        this.redemptions = redemptions;
        this.tokens = tokens;
    }

    @GetMapping("/redeem")
    ResponseEntity<String> form(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(HTML)
                .body(RedemptionPages.form(tokens.issue(request.getRemoteAddr()), null, Map.of(), null));
    }

    @PostMapping("/redeem")
    ResponseEntity<String> redeem(HttpServletRequest request) {
        Outcome outcome;
        try {
            outcome = redemptions.redeem(request.getRemoteAddr(), request.getParameter(RedemptionPages.METER),
                    request.getParameter(RedemptionPages.PIN), request.getParameter(RedemptionPages.FORM_TOKEN));
        } catch (RuntimeException failure) {
            log.error("The customer web page failed", failure);
            outcome = Outcome.of(HttpStatus.INTERNAL_SERVER_ERROR, RedemptionPages.failure());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(outcome.status()).contentType(HTML);
        if (outcome.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(outcome.retryAfterSeconds()));
        }
        return response.body(outcome.page());
    }
}
