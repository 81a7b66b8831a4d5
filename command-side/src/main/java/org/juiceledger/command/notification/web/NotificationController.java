package org.juiceledger.command.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.juiceledger.command.notification.NotificationRequests;
import org.juiceledger.kernel.notification.NotificationChannel;
import org.juiceledger.platform.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends a transaction's receipt by SMS or email. The answer (202) says the request is recorded;
 * the sending happens afterwards and its outcome is recorded as events on the notification.
 */
@RestController
@Tag(name = "Transactions")
class NotificationController {

    private final NotificationRequests notifications;

    NotificationController(NotificationRequests notifications) {
        this.notifications = notifications;
    }

    @PostMapping("/api/transactions/{number}/notifications")
    @PreAuthorize("hasAnyRole('CASHIER', 'ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send the receipt of a transaction by SMS or email (to the account's phone or email unless 'to' is given)")
    Accepted request(@PathVariable long number, @Valid @RequestBody NotificationRequest body) {
        return new Accepted(notifications.request(number, body.channel(), body.to()), "REQUESTED");
    }

    record NotificationRequest(@NotNull NotificationChannel channel, @Size(max = 254) @PlainText String to) {
    }

    record Accepted(String notificationId, String status) {
    }
}
