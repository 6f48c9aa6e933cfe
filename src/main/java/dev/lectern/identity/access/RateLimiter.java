package dev.lectern.identity.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller: a burst of a minute's allowance, refilled evenly. It counts per replica, so a
 * deployment of n replicas admits up to n times the limit, unless {@link SharedRateLimiter} shares the counts.
 */
final class RateLimiter implements Admission {

    private static final int MAX_CALLERS = 100_000;
    private static final double NANOS_PER_MINUTE = 60e9;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    @Override
    public long acquire(String caller) {
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear(); // forgetting is safe: every caller starts again with a full bucket
        }
        Bucket bucket = buckets.computeIfAbsent(caller, unused -> new Bucket(perMinute, nanoTime.getAsLong()));
        return bucket.take(perMinute, nanoTime.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized long take(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - updated) / NANOS_PER_MINUTE * perMinute);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosToNext = (1 - tokens) * NANOS_PER_MINUTE / perMinute;
            return Math.max(1, (long) Math.ceil(nanosToNext / 1e9));
        }
    }
}
