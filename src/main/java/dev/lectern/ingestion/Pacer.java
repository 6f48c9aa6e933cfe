package dev.lectern.ingestion;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Says "due" at most once per interval. Spaces out database writes that only refresh what the database already
 * roughly knows (a job's lease, a document's embedded count): each is a transaction, and a small document
 * would otherwise pay a dozen of them for less than a second of work.
 */
final class Pacer {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long last;
    private boolean started;

    /** @param dueAtOnce whether the first call is due, or only the first call an interval after this one */
    Pacer(Duration interval, boolean dueAtOnce) {
        this(interval, dueAtOnce, System::nanoTime);
    }

    Pacer(Duration interval, boolean dueAtOnce, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.started = !dueAtOnce;
        this.last = nanoTime.getAsLong();
    }

    /** Whether the interval has passed since the last due call (or this is the first call, when due at once). */
    synchronized boolean due() {
        long now = nanoTime.getAsLong();
        if (started && now - last < intervalNanos) {
            return false;
        }
        started = true;
        last = now;
        return true;
    }
}
