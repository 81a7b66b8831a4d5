package org.juiceledger.command.account;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.juiceledger.platform.transaction.CommandSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The accounts this node decided on last, kept between commands by Axon's caching repository, so
 * that a sale does not read the account's snapshot and events again (that was a third of a
 * redemption's CPU). At most {@code juice.commands.account-cache-size} accounts, least recently
 * used out first.
 * <p>
 * A cached account is used only while it is exactly what the store holds: each lookup asks the
 * event store for the account's newest sequence number (one indexed query, either store) and drops
 * an entry that differs. Another node may have appended to the account, or this node's own events
 * may never have committed (a keyed request's transaction commits after the command's unit of
 * work): either way the account is read from the store again, so no decision is ever taken on a
 * state the store does not hold. A rolled-back unit of work evicts its account too (Axon).
 */
@Component(AccountCache.BEAN)
public class AccountCache implements Cache {

    public static final String BEAN = "accountCache";
    private static final Field VERSION = versionField();

    private final EventStore eventStore;
    private final Map<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    /** The event store comes lazily: Axon builds the repositories (and asks for this cache) while it builds the store. */
    @Autowired
    AccountCache(@Lazy EventStore eventStore, CommandSettings settings) {
        this(eventStore, settings.accountCacheSize());
    }

    AccountCache(EventStore eventStore, int capacity) {
        this.eventStore = eventStore;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                boolean full = size() > capacity;
                if (full) {
                    listeners.forEach(listener -> listener.onEntryExpired(eldest.getKey()));
                }
                return full;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value == null) {
            return null;
        }
        if (!Objects.equals(versionOf(value), eventStore.lastSequenceNumberFor(key.toString()).orElse(null))) {
            remove(key);
            return null;
        }
        listeners.forEach(listener -> listener.onEntryRead(key, value));
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        Object previous;
        synchronized (entries) {
            previous = entries.put(key, value);
        }
        listeners.forEach(listener -> {
            if (previous == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean absent;
        synchronized (entries) {
            absent = entries.putIfAbsent(key, value) == null;
        }
        if (absent) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return absent;
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (entries) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many accounts are cached now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The sequence number of the newest event in the cached state; Axon's entry does not expose it. */
    private static Long versionOf(Object value) {
        if (!(value instanceof AggregateCacheEntry<?> entry)) {
            return null;
        }
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read the version of a cached aggregate", e);
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry has no version field any more: "
                    + "AccountCache must learn the cached version another way", e);
        }
    }
}
