package org.juiceledger.command.gateway.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.juiceledger.command.gateway.SmsGateway;
import org.juiceledger.command.gateway.web.GatewayRequests.SmsRequest;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SMS gateway hands over each text message and sends back the reply: always 200 with a
 * {@code reply}, refusals included. The command goes out as the gateway (who) with the customer's
 * phone number as {@code from}.
 */
@RestController
@Tag(name = "Gateways")
@PreAuthorize("hasRole('GATEWAY')")
class SmsGatewayController {

    private final SmsGateway sms;

    SmsGatewayController(SmsGateway sms) {
        this.sms = sms;
    }

    @PostMapping("/api/gateways/sms")
    SmsReply receive(@Valid @RequestBody SmsRequest request) {
        return new SmsReply(sms.receive(CurrentRequestOrigin.currentUser(), request.from().strip(), request.text(),
                request.messageId()));
    }

    record SmsReply(String reply) {
    }
}
