package dev.lectern.generation.llamacpp;

import dev.lectern.generation.GeneratorUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission to llama.cpp's parallel slots: as many requests run as there are slots, a bounded number wait in
 * arrival order, and the rest are turned away with 429 at once rather than piling up.
 */
final class Slots {

    private final Semaphore free;
    private final int capacity;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger active = new AtomicInteger();
    private final Duration queueTimeout;
    private final Timer queueWait;

    Slots(int slots, int queueCapacity, Duration queueTimeout, MeterRegistry meters) {
        this.free = new Semaphore(slots, true);
        this.capacity = queueCapacity;
        this.queueTimeout = queueTimeout;
        this.queueWait = Timer.builder("lectern.generation.queue.wait")
                .description("Time a generation request waited for a free slot")
                .register(meters);
        meters.gauge("lectern.generation.slots.active", active);
        meters.gauge("lectern.generation.queue.waiting", waiting);
    }

    /** Takes a slot, waiting in the queue when all are busy; the caller must {@link #release()} it. */
    void acquire() {
        long started = System.nanoTime();
        if (free.tryAcquire()) {
            admitted(started);
            return;
        }
        if (waiting.incrementAndGet() > capacity) {
            waiting.decrementAndGet();
            throw GeneratorUnavailable.busy(retryAfterSeconds());
        }
        try {
            if (!free.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw GeneratorUnavailable.busy(retryAfterSeconds());
            }
            admitted(started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GeneratorUnavailable.busy(retryAfterSeconds());
        } finally {
            waiting.decrementAndGet();
        }
    }

    private void admitted(long started) {
        active.incrementAndGet();
        queueWait.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    void release() {
        active.decrementAndGet();
        free.release();
    }

    int active() {
        return active.get();
    }

    int waiting() {
        return waiting.get();
    }

    /** A guess a client can act on: the mean wait so far, at least one second. */
    private long retryAfterSeconds() {
        double meanSeconds = queueWait.mean(TimeUnit.SECONDS);
        return Math.max(1, Math.min(60, Math.round(meanSeconds * (waiting.get() + 1))));
    }
}
