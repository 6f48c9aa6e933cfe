package dev.lectern.identity.access;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-minute limit counted over all replicas. Each replica keeps its token bucket (bursts, and the limit
 * while the database is out of reach) and counts what it admits in one-minute windows of the wall clock; every
 * sync interval it adds those counts to PostgreSQL in one statement and learns the callers' totals. A request is
 * admitted while the last known total plus what this replica admitted since stays under the limit, so no request
 * waits for the database; replicas together may overshoot by what they admit within one sync interval.
 */
final class SharedRateLimiter implements Admission {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimiter.class);
    private static final long WINDOW_MILLIS = 60_000;

    private final RateLimiter local;
    private final RequestCounts counts;
    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private ScheduledExecutorService syncing;
    private long forgotten;
    private boolean failing;

    /** One caller's count in the current window: the shared total as last synced, and what came since. */
    private static final class Window {
        final long start;
        long total;
        long pending;

        Window(long start) {
            this.start = start;
        }
    }

    SharedRateLimiter(RateLimiter local, RequestCounts counts, int perMinute, LongSupplier clock) {
        this.local = local;
        this.counts = counts;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Syncs every {@code interval} on a thread of its own until closed. */
    SharedRateLimiter syncEvery(Duration interval) {
        syncing = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("rate-limit-sync").daemon().factory());
        syncing.scheduleWithFixedDelay(this::sync, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public long acquire(String caller) {
        long now = clock.getAsLong();
        long start = now - now % WINDOW_MILLIS;
        Window window =
                windows.compute(caller, (key, old) -> old == null || old.start != start ? new Window(start) : old);
        synchronized (window) {
            if (window.total + window.pending >= perMinute) {
                return Math.max(1, (start + WINDOW_MILLIS - now + 999) / 1000); // until the next window
            }
            long wait = local.acquire(caller);
            if (wait == 0) {
                window.pending++;
            }
            return wait;
        }
    }

    /** Adds this replica's new requests to the shared counts and learns the totals; never throws. */
    void sync() {
        long now = clock.getAsLong();
        long start = now - now % WINDOW_MILLIS;
        windows.values().removeIf(window -> window.start != start);
        Map<String, Long> sent = new HashMap<>();
        windows.forEach((caller, window) -> {
            synchronized (window) {
                sent.put(caller, window.pending);
            }
        });
        try {
            if (forgotten != start) {
                counts.forgetBefore(start);
                forgotten = start;
            }
            if (sent.isEmpty()) {
                return;
            }
            Map<String, Long> totals = counts.add(start, sent);
            sent.forEach((caller, added) -> {
                Window window = windows.get(caller);
                if (window != null && window.start == start) {
                    synchronized (window) {
                        window.pending -= added;
                        window.total = totals.getOrDefault(caller, window.total);
                    }
                }
            });
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) { // once per outage, not every interval
                log.warn("Cannot share rate-limit counts; each replica limits on its own until it can", e);
            }
            failing = true;
        }
    }

    @Override
    public void close() {
        if (syncing != null) {
            syncing.shutdownNow();
        }
    }
}
