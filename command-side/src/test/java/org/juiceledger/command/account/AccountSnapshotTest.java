package org.juiceledger.command.account;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.juiceledger.command.duties.SeparationOfDuties;
import org.juiceledger.kernel.account.ArrearsItemOpened;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletOpened;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.axon.EventJson;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juiceledger.command.account.AccountFixtures.ACCOUNT;
import static org.juiceledger.command.account.Recorded.transaction;

/** An account or a wallet restored from its JSON snapshot decides exactly as the one built from its events. */
class AccountSnapshotTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();

    @Test
    void snapshotKeepsMetersArrearsAndTheWalletOfAnOlderStore() {
        Account original = new Account();
        original.on(AccountFixtures.opened());
        original.on(AccountFixtures.stsMeter());
        for (Object event : AccountFixtures.arrears(900, "40.00", "50")) {
            apply(original, event);
        }
        apply(original, transaction(ACCOUNT, 901, TransactionType.CASH).tender(Tender.CASH).total(Money.of("25.00"))
                .wallet(Money.of("25.00")).build());
        original.on(new WalletCredited(ACCOUNT, 901, Money.of("25.00"), Money.of("25.00")));

        SerializedObject<byte[]> snapshot = serializer.serialize(original, byte[].class);
        Account restored = serializer.deserialize(snapshot);

        assertThat(new String(snapshot.getData())).contains("\"walletInAccountStream\":25.00", "ARR-900", "01234567897");
        assertThat(new String(snapshot.getData())).as("the state keeps no transactions").doesNotContain("901");
        assertThat(serializer.serialize(restored, byte[].class).getData()).isEqualTo(snapshot.getData());
        assertThatThrownBy(() -> restored.reverse(new ReversalOrder(12345, 2, "x", "sup"),
                new Reversing(new SeparationOfDuties(true), (account, number) -> Optional.empty(), new WalletStore().wallets)))
                .hasMessageContaining("No transaction 12345");
    }

    @Test
    void walletSnapshotKeepsItsBalance() {
        Wallet original = new Wallet();
        original.on(new WalletOpened(ACCOUNT, Money.of("10.00")));
        original.on(new WalletCredited(ACCOUNT, 901, Money.of("25.00"), Money.of("35.00")));

        SerializedObject<byte[]> snapshot = serializer.serialize(original, byte[].class);
        Wallet restored = serializer.deserialize(snapshot);

        assertThat(restored.balance()).isEqualTo(Money.of("35.00"));
        assertThat(serializer.serialize(restored, byte[].class).getData()).isEqualTo(snapshot.getData());
        assertThatThrownBy(() -> restored.requireAllows(Money.of("-35.01"))).hasMessageContaining("holds 35.00");
    }

    private static void apply(Account account, Object event) {
        if (event instanceof ArrearsItemOpened opened) {
            account.on(opened, "supervisor");
        } else if (event instanceof TransactionRecorded recorded) {
            account.on(recorded);
        }
    }
}
