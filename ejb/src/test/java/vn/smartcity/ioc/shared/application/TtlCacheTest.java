package vn.smartcity.ioc.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TtlCacheTest {

    static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-11-25T00:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void anAnswerIsReusedUntilItExpiresAndTheLeastRecentlyUsedGoesFirst() {
        Ticking clock = new Ticking();
        TtlCache<String, Integer> cache = new TtlCache<>(2, Duration.ofSeconds(10), clock);
        AtomicInteger computed = new AtomicInteger();
        assertEquals(1, cache.get("a", computed::incrementAndGet));
        assertEquals(1, cache.get("a", computed::incrementAndGet), "reused");
        clock.now = clock.now.plusSeconds(11);
        assertEquals(2, cache.get("a", computed::incrementAndGet), "expired: computed again");
        cache.get("b", computed::incrementAndGet);
        cache.get("a", computed::incrementAndGet);
        cache.get("c", computed::incrementAndGet); // evicts b, the least recently used
        int before = computed.get();
        cache.get("a", computed::incrementAndGet);
        assertEquals(before, computed.get(), "a stayed");
        cache.get("b", computed::incrementAndGet);
        assertEquals(before + 1, computed.get(), "b was evicted");
        cache.clear();
        cache.get("a", computed::incrementAndGet);
        assertEquals(before + 2, computed.get(), "cleared");
    }

    @Test
    void aKeyAskedForByManyBeforeItsFirstAnswerIsComputedOnce() throws Exception {
        TtlCache<String, Integer> cache = new TtlCache<>(10, Duration.ofSeconds(10));
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("page", () -> {
                computing.countDown();
                await(release);
                return computed.incrementAndGet();
            })));
            computing.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get("page", computed::incrementAndGet)));
            }
            Thread.sleep(200); // the seven are waiting for the first computation
            release.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(1, answer.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get(), "one computation for eight callers");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedFirstComputationIsNotKept() {
        TtlCache<String, Integer> cache = new TtlCache<>(10, Duration.ofSeconds(10));
        assertThrows(IllegalStateException.class, () -> cache.get("page", () -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals(7, cache.get("page", () -> 7), "computed again after the failure");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
