package org.juiceledger.command.notification;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Handlers with side effects never run in a replay; the automatic SMS is for vends only. */
class ReplaySafetyTest {

    @Test
    void everyNotificationHandlerDisallowsReplay() {
        for (Class<?> type : List.of(NotificationSender.class, AutomaticSmsReceipts.class)) {
            assertThat(type.getAnnotation(DisallowReplay.class)).as(type.getSimpleName()).isNotNull();
            assertThat(type.getAnnotation(ProcessingGroup.class).value()).isEqualTo(NotificationSender.GROUP);
            List<Method> handlers = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(EventHandler.class)).toList();
            assertThat(handlers).isNotEmpty().allMatch(m -> m.isAnnotationPresent(DisallowReplay.class));
        }
    }

    @Test
    void theAutomaticSmsFollowsVendsForAMeterOnly() {
        assertThat(AutomaticSmsReceipts.isVend(transaction(TransactionType.CASH, "01234567897"))).isTrue();
        assertThat(AutomaticSmsReceipts.isVend(transaction(TransactionType.JC, "01234567897"))).isTrue();
        assertThat(AutomaticSmsReceipts.isVend(transaction(TransactionType.FREE, "01234567897"))).isTrue();
        assertThat(AutomaticSmsReceipts.isVend(transaction(TransactionType.WALLET, "01234567897"))).isTrue();
        assertThat(AutomaticSmsReceipts.isVend(transaction(TransactionType.CASH_CC, null))).isFalse();
        assertThat(AutomaticSmsReceipts.isVend(transaction(TransactionType.WALLET, null))).isFalse();
        assertThat(AutomaticSmsReceipts.isVend(transaction(TransactionType.MGMT, "01234567897"))).isFalse();
        assertThat(AutomaticSmsReceipts.isVend(transaction(TransactionType.REVERSAL, "01234567897"))).isFalse();
    }

    private static TransactionRecorded transaction(TransactionType type, String meter) {
        return new TransactionRecorded("10000001", 1, type, null, meter, Money.of("10.00"), null, Money.ZERO, List.of(),
                Money.ZERO, Money.of("10.00"), Money.ZERO, Money.ZERO, new BigDecimal("15.0"), UnitType.KWH, null, null,
                null, null, null);
    }
}
