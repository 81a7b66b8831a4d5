package org.juiceledger.command.notification;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.notification.NotificationAbandoned;
import org.juiceledger.kernel.notification.NotificationAttemptFailed;
import org.juiceledger.kernel.notification.NotificationChannel;
import org.juiceledger.kernel.notification.NotificationRequested;
import org.juiceledger.kernel.notification.NotificationSent;
import org.juiceledger.kernel.notification.RecordNotificationAttemptFailed;
import org.juiceledger.kernel.notification.RecordNotificationSent;
import org.juiceledger.kernel.notification.RequestNotification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.juiceledger.command.testing.Refusals.refusedWith;

/** A notification's life: requested, attempts failed, sent or abandoned; late or repeated outcomes change nothing. */
class NotificationTest {

    private static final String ID = "n-1";
    private static final String PHONE = "+27821234567";
    private AggregateTestFixture<Notification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notification.class);
    }

    private static NotificationRequested requested(int maxAttempts) {
        return new NotificationRequested(ID, 42, "10000001", NotificationChannel.SMS, PHONE, null, false, maxAttempts);
    }

    @Test
    void aRequestRecordsTheRecipientUnderItsChannel() {
        fixture.givenNoPriorActivity()
                .when(new RequestNotification(ID, 42, "10000001", NotificationChannel.EMAIL, "a@example.org", true, 5))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new NotificationRequested(ID, 42, "10000001", NotificationChannel.EMAIL, null,
                        "a@example.org", true, 5));
        fixture.givenNoPriorActivity()
                .when(new RequestNotification(ID, 42, "10000001", NotificationChannel.SMS, PHONE, false, 3))
                .expectEvents(requested(3));
    }

    @Test
    void aRequestNeedsARecipientAndAChannel() {
        fixture.givenNoPriorActivity()
                .when(new RequestNotification(ID, 42, "10000001", NotificationChannel.SMS, " ", false, 3))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        fixture.givenNoPriorActivity()
                .when(new RequestNotification(ID, 42, "10000001", null, PHONE, false, 3))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void aSuccessfulAttemptSendsIt() {
        fixture.given(requested(5), new NotificationAttemptFailed(ID, 42, 1, "HTTP 500"))
                .when(new RecordNotificationSent(ID, 2))
                .expectResultMessagePayload(NotificationStatus.SENT)
                .expectEvents(new NotificationSent(ID, 42, NotificationChannel.SMS, 2));
    }

    @Test
    void aFailedAttemptBeforeTheLastLeavesItPending() {
        fixture.given(requested(3))
                .when(new RecordNotificationAttemptFailed(ID, 1, "The SMS provider answered HTTP 500."))
                .expectResultMessagePayload(NotificationStatus.PENDING)
                .expectEvents(new NotificationAttemptFailed(ID, 42, 1, "The SMS provider answered HTTP 500."));
    }

    @Test
    void theLastFailedAttemptAbandonsIt() {
        fixture.given(requested(2), new NotificationAttemptFailed(ID, 42, 1, "HTTP 500"))
                .when(new RecordNotificationAttemptFailed(ID, 2, "HTTP 503"))
                .expectResultMessagePayload(NotificationStatus.ABANDONED)
                .expectEvents(new NotificationAttemptFailed(ID, 42, 2, "HTTP 503"),
                        new NotificationAbandoned(ID, 42, 2, "HTTP 503"));
    }

    @Test
    void outcomesAfterTheEndOrRepeatedChangeNothing() {
        fixture.given(requested(5), new NotificationSent(ID, 42, NotificationChannel.SMS, 1))
                .when(new RecordNotificationAttemptFailed(ID, 2, "late"))
                .expectResultMessagePayload(NotificationStatus.SENT)
                .expectNoEvents();
        fixture.given(requested(5), new NotificationAttemptFailed(ID, 42, 1, "HTTP 500"))
                .when(new RecordNotificationAttemptFailed(ID, 1, "again"))
                .expectResultMessagePayload(NotificationStatus.PENDING)
                .expectNoEvents();
        fixture.given(requested(1), new NotificationAttemptFailed(ID, 42, 1, "x"), new NotificationAbandoned(ID, 42, 1, "x"))
                .when(new RecordNotificationSent(ID, 2))
                .expectResultMessagePayload(NotificationStatus.ABANDONED)
                .expectNoEvents();
    }

    @Test
    void aLongReasonIsCut() {
        String longReason = "x".repeat(Notification.MAX_REASON + 50);
        fixture.given(requested(5))
                .when(new RecordNotificationAttemptFailed(ID, 1, longReason))
                .expectEvents(new NotificationAttemptFailed(ID, 42, 1, "x".repeat(Notification.MAX_REASON)));
    }
}
