package org.juiceledger.platform.axon.repository;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The map answers "is this aggregate one of mine?" by identity, in step with every way Axon adds to it. */
class ManagedAggregatesTest {

    private final ManagedAggregates<Object> managed = new ManagedAggregates<>();

    @Test
    void knowsEveryAggregateAddedTheWaysAxonAddsThem() {
        Object loaded = new Object();
        Object created = new Object();
        Object replaced = new Object();
        managed.computeIfAbsent("C-1", id -> loaded);
        managed.putIfAbsent("C-2", created);
        managed.put("C-3", replaced);

        assertThat(managed.containsValue(loaded)).isTrue();
        assertThat(managed.containsValue(created)).isTrue();
        assertThat(managed.containsValue(replaced)).isTrue();
        assertThat(managed.containsValue(new Object())).as("another, even if equal in kind").isFalse();
    }

    @Test
    void forgetsWhatIsRemovedOrReplaced() {
        Object first = new Object();
        Object second = new Object();
        managed.put("C-1", first);
        managed.put("C-1", second);
        assertThat(managed.containsValue(first)).isFalse();
        managed.remove("C-1");
        assertThat(managed.containsValue(second)).isFalse();
        managed.putIfAbsent("C-2", first);
        assertThat(managed.putIfAbsent("C-2", second)).isSameAs(first);
        assertThat(managed.containsValue(second)).as("not added: the key was taken").isFalse();
    }

    @Test
    void refusesChangesAxonNeverMakes() {
        assertThatThrownBy(() -> managed.merge("C-1", new Object(), (a, b) -> b))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
