package vn.smartcity.ioc.shared.application;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * A small, bounded, per-node cache of answers that may be a few seconds old: the public reference lists and
 * public report pages read by thousands of anonymous visitors. Least recently used entries go first; an entry
 * older than its time to live is computed again by one thread, while the others keep getting the previous
 * answer meanwhile (stale-while-revalidate: no stampede of identical queries when a popular entry expires);
 * a key asked for by several threads before its first answer is computed once too, the others waiting for it
 * (if that computation fails, each computes its own). Thread-safe; the computation runs outside the lock.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt, java.util.concurrent.atomic.AtomicBoolean refreshing) {
        Entry(V value, long expiresAt) {
            this(value, expiresAt, new java.util.concurrent.atomic.AtomicBoolean());
        }
    }

    private final Map<K, Entry<V>> entries;
    private final Map<K, CompletableFuture<V>> firstComputations = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final Clock clock;

    public TtlCache(int maxEntries, Duration ttl) {
        this(maxEntries, ttl, Clock.systemUTC());
    }

    TtlCache(int maxEntries, Duration ttl, Clock clock) {
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public V get(K key, Supplier<V> compute) {
        long now = clock.millis();
        Entry<V> entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null) {
            return first(key, compute, now);
        }
        if (entry.expiresAt() > now || !entry.refreshing().compareAndSet(false, true)) {
            return entry.value(); // fresh, or another thread is computing the new answer
        }
        try {
            return store(key, compute.get(), now);
        } catch (RuntimeException e) {
            entry.refreshing().set(false);
            throw e;
        }
    }

    private V store(K key, V value, long now) {
        synchronized (entries) {
            entries.put(key, new Entry<>(value, now + ttlMillis));
        }
        return value;
    }

    private V first(K key, Supplier<V> compute, long now) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = firstComputations.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return compute.get();
            } catch (ExecutionException e) {
                return compute.get(); // that computation failed: try for this caller
            }
        }
        try {
            V value = store(key, compute.get(), now);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            firstComputations.remove(key, mine);
        }
    }

    /** Forgets everything (after a change the readers must see at once on this node). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
