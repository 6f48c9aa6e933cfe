package dev.lectern.generation.models;

/** Counts bytes and turns them into percent, speed and time left. */
final class Meter {

    private volatile long bytes;
    private volatile long total = -1;
    private volatile long startBytes;
    private volatile long startNanos = System.nanoTime();

    void start(long already, long total) {
        this.bytes = already;
        this.startBytes = already;
        this.total = total;
        this.startNanos = System.nanoTime();
    }

    void add(long read) {
        bytes += read;
    }

    long bytes() {
        return bytes;
    }

    PullProgress progress(PullProgress.State state, String detail) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        long speed = (long) ((bytes - startBytes) / seconds);
        double percent = total > 0 ? Math.min(100, 100.0 * bytes / total) : 0;
        long eta = total > 0 && speed > 0 ? (total - bytes) / speed : -1;
        return new PullProgress(state, bytes, total, Math.round(percent * 10) / 10.0, speed, eta, detail);
    }
}
