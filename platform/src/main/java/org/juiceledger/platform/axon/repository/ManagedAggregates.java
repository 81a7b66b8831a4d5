package org.juiceledger.platform.axon.repository;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The aggregates one unit of work has loaded, by identifier, that also answers "is this one of
 * them?" at once. Axon's repository asks that of every aggregate when the unit of work commits,
 * and its plain HashMap answers by walking every entry: a 10,000-card activation spent a quarter
 * of its CPU there (quadratic in the range). Entries are only added within a unit of work; the
 * ways Axon adds them are kept in step with the set of values, every other change is refused.
 */
final class ManagedAggregates<A> extends HashMap<String, A> {

    private static final long serialVersionUID = 1L;

    private final Set<Object> values = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public A put(String key, A value) {
        A previous = super.put(key, value);
        replaced(previous, value);
        return previous;
    }

    @Override
    public A putIfAbsent(String key, A value) {
        A previous = super.putIfAbsent(key, value);
        if (previous == null) {
            values.add(value);
        }
        return previous;
    }

    @Override
    public A computeIfAbsent(String key, Function<? super String, ? extends A> load) {
        A value = super.computeIfAbsent(key, load);
        if (value != null) {
            values.add(value);
        }
        return value;
    }

    @Override
    public void putAll(Map<? extends String, ? extends A> entries) {
        entries.forEach(this::put);
    }

    @Override
    public boolean containsValue(Object value) {
        return values.contains(value);
    }

    @Override
    public A remove(Object key) {
        A removed = super.remove(key);
        if (removed != null && !super.containsValue(removed)) {
            values.remove(removed);
        }
        return removed;
    }

    @Override
    public void clear() {
        super.clear();
        values.clear();
    }

    @Override
    public A compute(String key, BiFunction<? super String, ? super A, ? extends A> remapping) {
        throw new UnsupportedOperationException("not used by Axon's repositories");
    }

    @Override
    public A computeIfPresent(String key, BiFunction<? super String, ? super A, ? extends A> remapping) {
        throw new UnsupportedOperationException("not used by Axon's repositories");
    }

    @Override
    public A merge(String key, A value, BiFunction<? super A, ? super A, ? extends A> remapping) {
        throw new UnsupportedOperationException("not used by Axon's repositories");
    }

    @Override
    public A replace(String key, A value) {
        throw new UnsupportedOperationException("not used by Axon's repositories");
    }

    @Override
    public boolean replace(String key, A oldValue, A newValue) {
        throw new UnsupportedOperationException("not used by Axon's repositories");
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super A, ? extends A> function) {
        throw new UnsupportedOperationException("not used by Axon's repositories");
    }

    private void replaced(A previous, A value) {
        if (previous != null && previous != value && !super.containsValue(previous)) {
            values.remove(previous);
        }
        values.add(value);
    }
}
