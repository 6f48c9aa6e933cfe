package dev.lectern.generation.models;

import org.jspecify.annotations.Nullable;

/**
 * Where a download stands, as `ollama pull` shows it.
 *
 * @param total bytes of the whole file, -1 while unknown
 * @param bytesPerSecond recent speed
 * @param etaSeconds seconds left at that speed, -1 while unknown
 * @param detail what failed and what to do, or a short note
 */
public record PullProgress(
        State state,
        long bytes,
        long total,
        double percent,
        long bytesPerSecond,
        long etaSeconds,
        @Nullable String detail) {

    /** Life of a pull. */
    public enum State {
        DOWNLOADING,
        VERIFYING,
        DONE,
        FAILED,
        CANCELLED
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
    }
}
