package org.juiceledger.command.gateway.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.juiceledger.command.gateway.IvrGateway;
import org.juiceledger.command.gateway.web.GatewayRequests.IvrRequest;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The IVR gateway hands over what a caller keyed and speaks the answer: always 200 with
 * {@code result} REDEEMED or REFUSED and the {@code speech}. The command goes out as the gateway
 * (who) with the caller's number as {@code callerId}.
 */
@RestController
@Tag(name = "Gateways")
@PreAuthorize("hasRole('GATEWAY')")
class IvrGatewayController {

    private final IvrGateway ivr;

    IvrGatewayController(IvrGateway ivr) {
        this.ivr = ivr;
    }

    @PostMapping("/api/gateways/ivr")
    IvrGateway.Answer call(@Valid @RequestBody IvrRequest request) {
        String account = blankToNull(request.accountNumber());
        String meter = blankToNull(request.meterNumber());
        if ((account == null) == (meter == null)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Give either accountNumber or meterNumber.");
        }
        return ivr.call(CurrentRequestOrigin.currentUser(), request.callerId().strip(), account, meter, request.pin());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
