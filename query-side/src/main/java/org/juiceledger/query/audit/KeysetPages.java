package org.juiceledger.query.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ToLongFunction;

/** Walks a table in key order one page at a time, with a one-element look-ahead. */
final class KeysetPages<T> implements Iterator<T> {

    /** Loads the rows with a key above the given one, in key order, at most {@code limit}. */
    interface PageLoader<T> {
        List<T> load(long afterKey, int limit);
    }

    private final PageLoader<T> loader;
    private final ToLongFunction<T> key;
    private final int pageSize;
    private final Deque<T> buffered = new ArrayDeque<>();
    private long lastKey;
    private boolean exhausted;

    KeysetPages(PageLoader<T> loader, ToLongFunction<T> key, long afterKey, int pageSize) {
        this.loader = loader;
        this.key = key;
        this.lastKey = afterKey;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (buffered.isEmpty() && !exhausted) {
            List<T> page = loader.load(lastKey, pageSize);
            buffered.addAll(page);
            exhausted = page.size() < pageSize;
            if (!page.isEmpty()) {
                lastKey = key.applyAsLong(page.get(page.size() - 1));
            }
        }
        return !buffered.isEmpty();
    }

    /** The next element without taking it, or null at the end. */
    T peek() {
        return hasNext() ? buffered.peekFirst() : null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffered.pollFirst();
    }
}
